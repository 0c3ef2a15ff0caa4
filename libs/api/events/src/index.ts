export { EventsModule } from './events.module';
export { SeatPayments } from './payments/seat-payments';
export type { HeldSeat } from './payments/held-seat';
export { PublicMasterclasses } from './public-pages/public-masterclasses';
export { MasterclassPage } from './public-pages/masterclass-page';
export type { RenderedPage } from './public-pages/masterclass-page';
export { masterclassPageHtml } from './public-pages/masterclass-page-html';
export { publicMasterclassFromRow, PUBLIC_MASTERCLASS_COLUMNS, PUBLIC_MASTERCLASS_FROM } from './public-pages/public-masterclass-rows';
