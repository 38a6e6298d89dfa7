// What the page remembers between visits (localStorage). A browser that refuses storage
// (private mode, a full quota) only makes the page forget; nothing fails because of it.

export const Key = { token: 'earshot.token', name: 'earshot.name', mode: 'earshot.mode', rate: 'earshot.pcmRate', captions: 'earshot.captions' };

export function readSetting(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

// null removes the setting.
export function writeSetting(key, value) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

// The pairing token comes with the link (?t=...). It stays in the address (Earshot serves the
// page only with it) and is also remembered, for a page opened from loopback without it.
export function takePairingToken() {
  const fromUrl = new URLSearchParams(location.search).get('t');
  if (fromUrl) writeSetting(Key.token, fromUrl);
  return fromUrl || readSetting(Key.token);
}
