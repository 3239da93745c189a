// First-party API client for the patient portal. Talks only to our own backend:
// nothing in this file should be reported, however many health words it contains.

export interface TherapyPlan {
  id: string;
  slug: string;
  name: string;
  pricePerWeek: number;
}

export interface Appointment {
  id: string;
  specialty: 'dermatology' | 'psychiatry' | 'primary-care';
  startsAt: string;
}

const API_BASE = '/api';

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${API_BASE}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...init?.headers },
    credentials: 'include',
  });
  if (!response.ok) {
    console.error(`[api] ${init?.method ?? 'GET'} ${path} failed with ${response.status}`);
    throw new Error(`Request to ${path} failed`);
  }
  return (await response.json()) as T;
}

export function bookAppointment(body: { clinicianId: string; slot: string; email: string; phone: string }) {
  return request<Appointment>('/dermatology/appointments', { method: 'POST', body: JSON.stringify(body) });
}

export function startSubscription(planId: string) {
  return request<{ id: string; amount: number }>(`/therapy/plans/${encodeURIComponent(planId)}/subscribe`, {
    method: 'POST',
  });
}

export function orderHivTestKit(patientId: string) {
  console.info('ordering hiv test kit', { patientId });
  return request<{ id: string; total: number }>(`/patients/${patientId}/lab-orders`, {
    method: 'POST',
    body: JSON.stringify({ panel: 'hiv-1/2-antigen-antibody' }),
  });
}

export async function isBackendHealthy(): Promise<boolean> {
  const status = await request<{ ok: boolean }>('/health_check');
  return status.ok;
}

// Our own product analytics: events go to our backend, never to an ad platform.
export const analytics = {
  track(event: string, properties: Record<string, unknown> = {}) {
    void navigator.sendBeacon(`${API_BASE}/events`, JSON.stringify({ event, properties }));
  },
};

export function recordPsychiatryReferral(referralId: string) {
  analytics.track('psychiatry_referral_created', { referralId });
}
