// Tiny stand-in for the database client used by the API routes.
export async function isDatabaseReachable() {
  try {
    const res = await fetch(process.env.DATABASE_HEALTH_URL ?? 'http://localhost:5432/health_check');
    return res.ok;
  } catch (error) {
    console.warn('database health_check failed', error);
    return false;
  }
}
