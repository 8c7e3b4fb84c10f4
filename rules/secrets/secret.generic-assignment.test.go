package config

import "os"

type Database struct {
	Host     string
	Password string
}

func Load() Database {
	// ruleid: secret.generic-assignment
	apiKey := "A2G4k3AT2*^?TH5d#v"
	_ = apiKey
	// ok: secret.generic-assignment
	token := os.Getenv("API_TOKEN")
	_ = token
	return Database{
		Host: "db.internal",
		// ruleid: secret.generic-assignment
		Password: "?Yz5eyyG&ua?B@waF&",
	}
}

// ok: secret.generic-assignment
var signingKeyID = "f87f10e34aa6f588e0b10caeb210bddd0b01f394"
