/**
 * The app needs no browser permission: no camera, microphone, geolocation, notifications,
 * clipboard reads, MIDI, HID, serial, USB, fullscreen requests or external protocols.
 * Every request and every check is refused. Written as functions so tests can call them.
 */
export function decidePermissionRequest(_permission: string, _requestingUrl: string): boolean {
  return false;
}

export function decidePermissionCheck(_permission: string, _requestingOrigin: string): boolean {
  return false;
}

/** Device pickers (HID, serial, USB, Bluetooth) are never granted a device. */
export function decideDevicePermission(_deviceType: string): boolean {
  return false;
}
