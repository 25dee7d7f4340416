<?php
/*
 * Hardening defaults of nextcloud-gehaertet. Later files in config/ and the admin settings can
 * override them; the comments say why each value is set.
 */
$CONFIG = [
  // Apps come with the image only, so every app in production went through our review.
  'appstoreenabled' => false,
  // Updates arrive as a new image; the web updater would change code inside a running container.
  'updatechecker' => false,
  'upgrade.disable-web' => true,
  // Desktop and mobile clients must use app passwords, so a leaked device never holds the account password.
  'token_auth_enforced' => true,
  'auth.bruteforce.protection.enabled' => true,
  // Sessions end after a working day; "stay logged in" is off on shared office computers.
  'session_lifetime' => 8 * 60 * 60,
  'remember_login_cookie_lifetime' => 0,
  // Log as JSON to stderr, where the platform collects container logs.
  'log_type' => 'errorlog',
  'logfile' => '',
  'loglevel' => 1,
  'overwriteprotocol' => 'https',
  'default_language' => 'de',
  'default_locale' => 'de_DE',
  'default_phone_region' => 'DE',
];
