// Once django-otp-webauthn's script has added a passkey, show it in the list.
document.addEventListener("otp_webauthn.register_complete", () => {
  window.setTimeout(() => window.location.reload(), 800);
});
