// The error codes the page meets and what it does about each; what it tells the person.
//
// The server's codes and their remedies are one table, errorCodeTable() in
// server/protocol/errorcode.cpp. ErrorTable repeats it row for row so that the page can act
// without asking, and tst_weberrors fails when the two disagree. Rows marked pageOnly are the
// page's own (no server sends them).

// What a client does about an error (ErrorRemedy in server/protocol/errorcode.h).
export const Remedy = Object.freeze({
  FixMessage: 'FixMessage', // the message was wrong; the connection and the upload go on
  NewSession: 'NewSession', // the session cannot go on; what was acknowledged is safe
  RetryLater: 'RetryLater', // the server cannot take the page now; connect again after a while
  GiveUp: 'GiveUp', // this device may not stream here; trying again will not help
});

// What the page does, when it is not what the remedy says (`acts`), and whether the code can
// come as the close reason alone (`closeReason`): the server refuses those at its door, before
// the page has a connection to hear an error message on.
const { FixMessage, NewSession, RetryLater, GiveUp } = Remedy;
export const ErrorTable = Object.freeze([
  { code: 'bad_message', remedy: FixMessage },
  { code: 'unknown_type', remedy: FixMessage },
  { code: 'expected_start', remedy: FixMessage },
  { code: 'already_recording', remedy: FixMessage },
  { code: 'not_recording', remedy: FixMessage },
  // The format is the person's choice, so the page cannot fix the message by itself: the upload
  // stops, its audio stays on this device, and the person is asked to choose another quality.
  { code: 'bad_format', remedy: FixMessage, acts: NewSession },
  { code: 'unknown_session', remedy: NewSession },
  { code: 'bad_resume_token', remedy: NewSession },
  { code: 'server_full', remedy: RetryLater, closeReason: true },
  { code: 'disk_full', remedy: NewSession },
  { code: 'write_error', remedy: NewSession },
  { code: 'idle_timeout', remedy: RetryLater },
  { code: 'not_reading', remedy: RetryLater },
  { code: 'bad_token', remedy: GiveUp, closeReason: true },
  { code: 'forbidden_origin', remedy: GiveUp, closeReason: true },
  { code: 'banned', remedy: GiveUp, closeReason: true },
  { code: 'unknown_take', remedy: GiveUp },
  { code: 'take_closed', remedy: GiveUp },
  // Another Earshot sharing the recordings folder still records the session (docs/scaling.md).
  { code: 'session_held', remedy: RetryLater },
  // The server resumed from an offset before the oldest byte this page still has.
  { code: 'gap', remedy: NewSession, pageOnly: true },
  // Earshot does not answer at all.
  { code: 'unreachable', remedy: RetryLater, pageOnly: true },
]);

const byCode = new Map(ErrorTable.map((row) => [row.code, row]));

// What the page does about `code`; undefined for a code that is not in the table.
function actionOf(code) {
  const row = byCode.get(code);
  return row && (row.acts || row.remedy);
}

// This device may not stream here: the page stops trying and says why.
export function givesUp(code) {
  return actionOf(code) === GiveUp;
}

// The server cannot take the upload any more: it is kept on this device.
export function losesUpload(code) {
  return actionOf(code) === NewSession;
}

// The page connects again after a while.
export function retriesLater(code) {
  return actionOf(code) === RetryLater;
}

// Whether a close reason naming `code` is believed without an error message before it.
export function comesAsCloseReason(code) {
  return Boolean(byCode.get(code)?.closeReason);
}

// What the person reads for each code the page shows: the table's and the microphone's.
const AlertTexts = {
  insecure: 'This page was opened over plain http, where browsers do not allow the microphone. Open the secure address instead: {url}',
  unsupported: 'This browser cannot record audio. Try a current version of Safari, Chrome or Firefox.',
  microphone_denied: 'Earshot is not allowed to use the microphone. Allow microphone access for this page in the browser settings, then try again.',
  no_microphone: 'No microphone was found on this device.',
  microphone_busy: 'The microphone is in use by another app, or could not be started.',
  microphone_failed: 'The microphone could not be started.',
  microphone_ended: 'The microphone stopped, so the recording stopped.',
  no_compressed: 'This browser cannot record compressed audio. Choose Lossless (PCM).',
  no_pcm: 'This browser cannot record lossless audio. Choose Compressed.',
  unreachable: 'Cannot reach Earshot at {host}. Check that Earshot is still running and that this device is on the same network. Trying again…',
  server_full: 'Earshot is busy: it is recording as many people as it can. Trying again…',
  bad_token: 'Earshot refused this page: the pairing code in the address is wrong or missing. Scan the QR code or open the link shown in Earshot again.',
  forbidden_origin: 'Earshot refused the connection because this page was not opened from Earshot’s own address. Open the address shown in Earshot.',
  banned: 'Earshot has blocked this device after too many wrong pairing codes. Wait a while, or ask the person running Earshot.',
  unknown_session: 'Earshot no longer has the recording this page was sending (it ended or expired), so it cannot be continued. The audio that did not reach Earshot is kept on this device.',
  bad_resume_token: 'Earshot no longer has the recording this page was sending (it ended or expired), so it cannot be continued. The audio that did not reach Earshot is kept on this device.',
  disk_full: 'Earshot’s disk is full, so the recording stopped. What Earshot received is saved; the rest is kept on this device.',
  write_error: 'Earshot could not write the recording, so it stopped. The rest is kept on this device.',
  bad_format: 'Earshot does not accept this audio format. Choose another quality.',
  unknown_take: 'Earshot does not know this take. Open the take’s link or QR code shown in Earshot again.',
  take_closed: 'The host stopped this take, so it takes no more recordings. Ask the host for a new take.',
  session_held: 'Another Earshot server still holds the recording this page was sending. Trying again…',
};

// The English text for `code` (to go through t()); a code without one reads as a failed microphone.
export function alertText(code) {
  return AlertTexts[code] || AlertTexts.microphone_failed;
}

// Whether the person is told about `code` while the page keeps trying (a full or silent server):
// those alerts go once a connection is greeted.
export function announcedWhileRetrying(code) {
  return retriesLater(code) && code in AlertTexts;
}

// The alert a lost upload shows: a gap reads as the session being gone, which it is.
export function alertCodeForLostUpload(code) {
  return code === 'gap' ? 'unknown_session' : code;
}

// Error names from microphone failures (getUserMedia's DOMException names, and capture.js's own).
export function microphoneErrorCode(error) {
  switch (error && error.name) {
  case 'NotAllowedError':
  case 'SecurityError':
    return 'microphone_denied';
  case 'NotFoundError':
  case 'OverconstrainedError':
    return 'no_microphone';
  case 'NotReadableError':
  case 'AbortError':
    return 'microphone_busy';
  case 'PcmUnsupported':
    return 'no_pcm';
  default:
    return 'microphone_failed';
  }
}
