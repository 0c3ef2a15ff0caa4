export * from './demo.module';
export * from './demo-practice';
export { demoCoachingClients } from './demo-coaching';
export { seedDemoCoaching } from './demo-coaching-seed';
