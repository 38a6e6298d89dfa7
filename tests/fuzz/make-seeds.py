#!/usr/bin/python3
"""Writes the seed corpus of the fuzz targets (tests/fuzz/corpus/<target>/) from the messages,
requests, sidecars and headers of docs/protocol.md and what Earshot writes. Run it again after
changing it; the fuzzers' own finds are merged into the same folders (see docs/security.md)."""

import os
import ssl
import struct
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
TOKEN = "fuzz-pairing-token"  # fuzz_connection's pairing token


def seed(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


# --- client messages (docs/protocol.md, "WebSocket, protocol v1" and "Older clients")
messages = {
    "start-pcm": '{"type":"start","format":"audio/pcm;rate=16000;channels=1;bits=16","name":"Guest 1"}',
    "start-webm": '{"type": "start", "format": "audio/webm;codecs=opus", "name": "Guest 1"}',
    "start-sniff": '{"type":"start","name":"Kitchen"}',
    "start-bad-field": '{"type":"start","format":16000,"name":"x"}',
    "stop": '{"type": "stop"}',
    "resume": '{"type": "resume", "session": "5f0c1e2a9b3d4c71", "resumeToken": "0d2c5a9e1b7f4c3a8d6e2f1a0b9c8d7e"}',
    "resume-empty": '{"type":"resume","session":"","resumeToken":"x"}',
    "level": '{"type": "level", "value": 0.42}',
    "level-out-of-range": '{"type":"level","value":-3.5e308}',
    "unsent": '{"type": "unsent", "bytes": 403200, "durationMs": 4200}',
    "unsent-huge": '{"type":"unsent","bytes":1e300,"durationMs":-1}',
    "text-start": "START_RECORDING",
    "text-stop": "  STOP_RECORDING\n",
    "json-start": '{"type":"start_recording"}',
    "json-stop": '{"type":"stop_recording"}',
    "unknown": '{"type":"hello"}',
    "echo": "hello there",
    "not-json": '{"type":',
    "array": '["start"]',
    "surrogate": '{"type":"start","name":"\\ud800\\u00e9\\"quoted\\"\\n","format":"audio/ogg"}',
}
for name, text in messages.items():
    seed("clientmessage", name, text)


# --- HTTP request heads (docs/protocol.md, "HTTP")
def head(line, *headers):
    return (line + "\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n").encode()


requests = {
    "page": head(f"GET /?t={TOKEN} HTTP/1.1", "Host: 192.168.1.20:8000",
                 "Accept-Language: de-DE,de;q=0.9,en;q=0.8", "User-Agent: Mozilla/5.0"),
    "page-head": head("HEAD /index.html HTTP/1.1", "Host: localhost:8000"),
    "status": head("GET /api/status HTTP/1.1", f"X-Earshot-Token: {TOKEN}"),
    "i18n": head("GET /i18n.json?lang=de-DE HTTP/1.1", "Host: [::1]:8000"),
    "ca": head("GET /ca.crt HTTP/1.1"),
    "file": head("GET /main.js HTTP/1.0", "Host: earshot.local"),
    "upgrade": head(f"GET /ws?t={TOKEN} HTTP/1.1", "Host: localhost:8000", "Upgrade: websocket",
                    "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                    "Sec-WebSocket-Version: 13", "Origin: http://localhost:8000"),
    "ws-plain": head("GET /ws/audio-stream HTTP/1.1"),
    "post": head("POST /api/status HTTP/1.1", "Content-Length: 0"),
    "encoded-path": head("GET /%69ndex.html HTTP/1.1", "Host: a\rb"),
    "bad-line": head("GET / HTTP/2"),
    "bad-header": head("GET / HTTP/1.1", "NoColonHere"),
    "incomplete": b"GET / HTTP/1.1\r\nHost: x\r\n",
}
for name, data in requests.items():
    seed("httprequest", name, data)


# --- MIME types and first bytes (docs/protocol.md, "Start")
def wav_header(rate, channels, data_bytes):
    block = channels * 2
    return (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVEfmt " +
            struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block, block, 16) +
            b"data" + struct.pack("<I", data_bytes))


formats = {
    "pcm": "audio/pcm;rate=16000;channels=1;bits=16",
    "l16": "audio/L16;rate=48000;channels=2",
    "pcm-8bit": "audio/pcm;rate=16000;bits=8",
    "pcm-bad-rate": "audio/pcm; rate = 400000 ; channels=1",
    "webm": "audio/webm;codecs=opus",
    "ogg": "audio/ogg; codecs=opus",
    "mp4": "audio/mp4;codecs=mp4a.40.2",
    "unknown": "application/x-something",
    "long": "audio/webm;" + "x" * 210,
    "webm-bytes": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01",
    "ogg-bytes": b"OggS\x00\x02" + b"\x00" * 20,
    "wav-bytes": wav_header(16000, 1, 0),
    "mp4-bytes": b"\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00",
}
for name, data in formats.items():
    seed("audioformat", name, data)

# --- WAV headers and writer runs: fuzz_wavheader reads its operations from the same bytes
seed("wavheader", "mono-16k", wav_header(16000, 1, 3200) + bytes(range(256)) * 4)
seed("wavheader", "stereo-48k", wav_header(48000, 2, 0) + b"\x00\x01\x02\x03" * 64)
seed("wavheader", "too-large", wav_header(192000, 8, 0xFFFFFFFF - 36) + b"\xff" * 32)


# --- sidecars as Sidecar::save writes them, a NUL, then the audio file
def sidecar(fields):
    import json
    return json.dumps(fields, indent=4).encode()


base = {
    "session": "5f0c1e2a9b3d4c71", "label": "Guest 1", "peer": "192.168.1.23:50412",
    "userAgent": "Mozilla/5.0", "format": "audio/pcm;rate=16000;channels=1;bits=16",
    "file": "101500_Guest_1_5f0c1e2a9b3d4c71.wav", "startedAt": "2026-11-21T10:15:00.120Z",
    "endedAt": None, "bytes": 3200, "chunks": 1, "status": "recording",
    "resumeTokenSha256": "9f" * 32,
}
pcm = wav_header(16000, 1, 0) + b"\x01\x02" * 1601 + b"\x03"
seed("sidecar", "recording-pcm", sidecar(base) + b"\0" + pcm)
seed("sidecar", "recording-pcm-no-header", sidecar(base) + b"\0" + b"RIFF")
seed("sidecar", "recording-webm", sidecar({**base, "format": "audio/webm;codecs=opus",
                                           "file": "101500_Guest_1.webm"}) + b"\0" + formats["webm-bytes"])
seed("sidecar", "complete-remuxed", sidecar({**base, "status": "complete", "remuxed": True,
                                             "endedAt": "2026-11-21T10:16:00.000+01:00", "durationMs": 15012,
                                             "original": {"bytes": 480000, "sha256": "ab" * 32,
                                                          "file": "x.original.webm"}}) + b"\0")
seed("sidecar", "interrupted", sidecar({**base, "status": "interrupted",
                                        "endedAt": "2026-11-21T10:16:00Z"}) + b"\0" + pcm)
seed("sidecar", "escape", sidecar({**base, "file": "../outside.wav"}) + b"\0" + pcm)
seed("sidecar", "symlink", sidecar(base) + b"\0LINK")
seed("sidecar", "no-audio", sidecar(base))


# --- whole connections: a head, then client frames
def masked(opcode, payload, key=b"\x1b\x2c\x3d\x4e", final=True):
    payload = payload if isinstance(payload, bytes) else payload.encode()
    length = len(payload)
    if length < 126:
        size = bytes([0x80 | length])
    elif length < 65536:
        size = bytes([0x80 | 126]) + struct.pack(">H", length)
    else:
        size = bytes([0x80 | 127]) + struct.pack(">Q", length)
    body = bytes(b ^ key[i % 4] for i, b in enumerate(payload))
    return bytes([(0x80 if final else 0) | opcode]) + size + key + body


# Masked with a zero key, so that the fuzzer's changes to a payload are the payload's.
def frame(opcode, payload):
    return masked(opcode, payload, key=b"\0\0\0\0")


def text(message):
    return frame(1, message)


def binary(data):
    return frame(2, data)


upgrade = requests["upgrade"]
chunk = b"\x10\x00\xf0\xff" * 800
seed("connection", "v1-pcm", upgrade + text(messages["start-pcm"]) + binary(chunk) + binary(chunk)
     + text(messages["level"]) + text(messages["stop"]) + frame(8, b"\x03\xe8"))
seed("connection", "v1-dropped", upgrade + text(messages["start-webm"]) + binary(formats["webm-bytes"] * 20))
seed("connection", "v1-sniffed", upgrade + text(messages["start-sniff"]) + binary(formats["ogg-bytes"])
     + text(messages["stop"]) + text(messages["start-pcm"]) + binary(b"\x01"))
seed("connection", "binary-only", upgrade + binary(wav_header(16000, 1, 0) + chunk))
seed("connection", "text-commands", upgrade + text("START_RECORDING") + binary(chunk)
     + text("STOP_RECORDING") + text("hello"))
seed("connection", "json-commands", upgrade + text(messages["json-start"]) + binary(chunk)
     + binary(chunk) + text(messages["json-stop"]))
seed("connection", "errors", upgrade + text(messages["stop"]) + text(messages["unknown"])
     + text(messages["resume"]) + text(messages["start-bad-field"])
     + text('{"type":"start","format":"audio/pcm;rate=16000;bits=8"}')
     + frame(9, b"ping") + text(messages["not-json"]))
seed("connection", "fragmented", upgrade + bytes([0x02, 0x80 | 4]) + b"\0\0\0\0abcd"
     + bytes([0x80, 0x80 | 4]) + b"\0\0\0\0efgh")
seed("connection", "bad-token", requests["upgrade"].replace(TOKEN.encode(), b"wrong") + text(messages["start-pcm"]))
seed("connection", "http-page", requests["page"])
seed("connection", "http-bad", b"\x00\x01garbage\r\n\r\n")


def client_hello():
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = context.wrap_bio(incoming, outgoing, server_hostname="localhost")
    try:
        tls.do_handshake()
    except ssl.SSLWantReadError:
        pass
    return outgoing.read()


seed("connection", "tls-client-hello", client_hello())


# --- the frame reader alone: a limit (4 bytes, little-endian, taken modulo 70001 by the
# target), a seed for the pieces (4 bytes), then client frames, here with a real mask (masked())
def reader_input(limit, pieces, stream):
    return struct.pack("<I", limit) + struct.pack("<I", pieces) + stream


seed("websocketframes", "messages", reader_input(65536, 7, masked(1, messages["start-pcm"])
     + masked(2, chunk) + masked(9, b"ping") + masked(10, b"") + masked(1, messages["stop"])
     + masked(8, b"\x03\xe8bye")))
seed("websocketframes", "fragmented", reader_input(4096, 3, masked(1, "caf", final=False)
     + masked(9, b"between") + masked(0, "\u00e9 ", final=False) + masked(0, "au lait")
     + masked(2, b"\x00" * 300)))
seed("websocketframes", "sizes", reader_input(70000, 11, masked(2, b"a" * 125) + masked(2, b"b" * 126)
     + masked(2, b"c" * 300) + bytes([0x82, 0x80 | 127]) + struct.pack(">Q", 3) + b"\0\0\0\0abc"))
seed("websocketframes", "too-large", reader_input(100, 5, masked(2, b"x" * 101)))
seed("websocketframes", "not-utf8", reader_input(1000, 9, masked(1, b"ok\xff")))
seed("websocketframes", "unmasked", reader_input(1000, 2, bytes([0x81, 3]) + b"abc"))
seed("websocketframes", "bad-close", reader_input(1000, 4, masked(8, b"\x03\xe7")))


# --- PROXY protocol headers as HAProxy sends them (send-proxy, send-proxy-v2), each followed by
# the client's first bytes, and the ways a header goes wrong
V2_SIGNATURE = b"\r\n\r\n\x00\r\nQUIT\n"


def proxy_v2(command, family, payload):
    return V2_SIGNATURE + bytes([0x20 | command, family]) + struct.pack(">H", len(payload)) + payload


ipv4 = bytes([192, 0, 2, 1, 198, 51, 100, 2]) + struct.pack(">HH", 56324, 443)
ipv6 = bytes.fromhex("20010db8000000000000000000000001" "20010db8000000000000000000000002") \
    + struct.pack(">HH", 4000, 443)
seed("proxyheader", "v1-tcp4", b"PROXY TCP4 192.0.2.1 198.51.100.2 56324 443\r\n" + requests["page"])
seed("proxyheader", "v1-tcp6", b"PROXY TCP6 2001:db8::1 2001:db8::2 4000 443\r\n" + client_hello())
seed("proxyheader", "v1-unknown", b"PROXY UNKNOWN\r\n")
seed("proxyheader", "v1-truncated", b"PROXY TCP4 192.0.2.1 198.5")
seed("proxyheader", "v2-ipv4", proxy_v2(1, 0x11, ipv4) + requests["upgrade"])
seed("proxyheader", "v2-ipv6", proxy_v2(1, 0x21, ipv6) + client_hello())
seed("proxyheader", "v2-local", proxy_v2(0, 0x00, b""))
seed("proxyheader", "v2-tlv", proxy_v2(1, 0x11, ipv4 + bytes([0x04, 0x00, 0x01, 0x00])))
seed("proxyheader", "v2-truncated", proxy_v2(1, 0x21, ipv6)[:30])
seed("proxyheader", "v2-oversized", V2_SIGNATURE + bytes([0x21, 0x11, 0xff, 0xff]))
