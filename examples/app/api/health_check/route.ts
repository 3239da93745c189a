// GET /api/health_check — liveness probe for the load balancer. "health" here is service health.
import { isDatabaseReachable } from '../../../lib/db';

export async function GET(): Promise<Response> {
  const healthy = await isDatabaseReachable();
  const body = { status: healthy ? 'ok' : 'degraded', checkedAt: new Date().toISOString() };
  console.log('health_check', body.status);
  return Response.json(body, { status: healthy ? 200 : 503 });
}
