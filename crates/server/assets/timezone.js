// Remembers the browser's time zone in the `tz` cookie, so that pages show times in it
// (the server reads the cookie; a signed-in account's own setting wins over it). Loaded as a
// file because the Content-Security-Policy forbids inline scripts. Without it, times are
// shown in UTC, and say so.
(() => {
  'use strict';
  let zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  // IANA names are letters, digits and `/_+-`; anything else is not worth sending.
  if (!zone || !/^[A-Za-z0-9_+\/-]{1,64}$/.test(zone)) return;
  const current = document.cookie.split('; ').find((c) => c.startsWith('tz='));
  if (current === 'tz=' + zone) return;
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = 'tz=' + zone + '; Path=/; Max-Age=31536000; SameSite=Lax' + secure;
})();
