// pdf.js's worker module ships without types; it is loaded only to run the worker in this thread.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
