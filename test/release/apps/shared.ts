// What every app records: the qoldau-* events its framework handlers received, as `type:id`.
declare global {
  interface Window {
    qoldauEvents: string[];
  }
}
window.qoldauEvents = [];
export const record = (event: Event) =>
  window.qoldauEvents.push(`${event.type}:${(event.currentTarget as HTMLElement).id}`);
