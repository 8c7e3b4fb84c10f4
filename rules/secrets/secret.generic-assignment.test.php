<?php

return [
    'mysql' => [
        'host' => env('DB_HOST', '127.0.0.1'),
        // ruleid: secret.generic-assignment
        'password' => 'wp8v?cEEHekOEQUhe&',
    ],
    'mail' => [
        // ok: secret.generic-assignment
        'password' => env('MAIL_PASSWORD'),
        // ok: secret.generic-assignment
        'password' => getenv('SMTP_PASSWORD'),
    ],
    // ruleid: secret.generic-assignment
    'stripe_secret' => "D=I&Q2sgI*9m+_lZ&Z",
];
