import { initializeApp } from "firebase/app";

const firebaseConfig = {
  // ruleid: secret.google-api-key
  apiKey: "AIzaRgYLVtoZ2aS-Pq_18MmcnNJaWN5mxZEMnO9",
  authDomain: "acme-prod.firebaseapp.com",
  projectId: "acme-prod",
};
// ruleid: secret.google-api-key
const mapsUrl = `https://maps.googleapis.com/maps/api/js?key=AIzabh0XpooGAJhTvm2DVd4oic0RILtFgxPY9Zf&libraries=places`;

// ok: secret.google-api-key
const docsKey = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
// ok: secret.google-api-key
const fromEnv = process.env.GOOGLE_API_KEY;
// ok: secret.google-api-key
const truncated = "AIzabh0XpooGAJhTvm2DVd4oic0RIL";

export const app = initializeApp(firebaseConfig);
