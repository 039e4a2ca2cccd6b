// A partner's first journey, written against TypeScript types that openapi-typescript generates from the served
// OpenAPI document (generated/peduli.d.ts) and the openapi-fetch client: a family signs in, refreshes its token,
// searches, books a caregiver, the caregiver accepts, the family cancels and signs out. OpenApiClientTests generates
// the types, compiles this file with tsc --strict and runs it against the app; a type error or a failed step fails it.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/peduli.js";

type BookingView = components["schemas"]["BookingView"];

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const baseUrl = env("PEDULI_URL");
const anonymous = createClient<paths>({ baseUrl });

function check<T>(step: string, answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.data === undefined) {
    throw new Error(`${step}: ${answer.response.status} ${JSON.stringify(answer.error)}`);
  }
  console.log(`${step}: ${answer.response.status}`);
  return answer.data;
}

async function signIn(email: string, password: string) {
  const tokens = check("sign in", await anonymous.POST("/api/v1/auth/login", { body: { email, password } }));
  const refreshed = check("refresh", await anonymous.POST("/api/v1/auth/refresh", { body: { refreshToken: tokens.refreshToken } }));
  if (refreshed.refreshToken === tokens.refreshToken) throw new Error("the refresh token did not rotate");
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${refreshed.accessToken}` } });
}

function expectStatus(booking: BookingView, status: BookingView["status"]): void {
  if (booking.status !== status) throw new Error(`booking ${booking.id} is ${booking.status}, expected ${status}`);
}

const family = await signIn(env("FAMILY_EMAIL"), env("PASSWORD"));
const recipients = check("the family's people", await family.GET("/api/v1/families/me/recipients"));
const recipient = recipients[0];
if (!recipient) throw new Error("the family cares for nobody");

const found = check("search", await anonymous.GET("/api/v1/search/caregivers", {
  params: { query: { lat: -5.1477, lon: 119.4327, radiusKm: 25, sort: "distance", page: 1, pageSize: 20 } },
}));
const caregiver = found.items.find((item) => item.id === env("CAREGIVER_ID"));
if (!caregiver) throw new Error(`the caregiver is not among ${found.total} results`);

const booked = check("book", await family.POST("/api/v1/bookings", {
  body: { kind: "homeCare", caregiverId: caregiver.id, recipientId: recipient.id, start: env("VISIT_START"), hours: 2 },
}));
expectStatus(booked, "requested");

const caregiverClient = await signIn(env("CAREGIVER_EMAIL"), env("PASSWORD"));
const accepted = check("accept", await caregiverClient.POST("/api/v1/bookings/{id}/accept", { params: { path: { id: booked.id } } }));
expectStatus(accepted, "accepted");

const cancelled = check("cancel", await family.POST("/api/v1/bookings/{id}/cancel", { params: { path: { id: booked.id } }, body: {} }));
expectStatus(cancelled, "cancelled");

const signedOut = await family.POST("/api/v1/auth/logout");
if (signedOut.response.status !== 204) throw new Error(`sign out: ${signedOut.response.status}`);
console.log("journey done");
