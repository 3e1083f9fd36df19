// react-router 7 encodes URLs with TextEncoder, which jsdom does not provide.
const { TextDecoder, TextEncoder } = require('node:util');

Object.assign(globalThis, { TextDecoder, TextEncoder });

// jsdom has no MessageChannel; antd 6's Form (@rc-component/form) schedules its watch notifications
// through one. A timer-backed pair of ports is enough for the macrotask it wants.
if (typeof globalThis.MessageChannel === 'undefined') {
  globalThis.MessageChannel = class MessageChannel {
    constructor() {
      const port1 = { onmessage: null, close() {} };
      const port2 = { onmessage: null, close() {} };
      port1.postMessage = (data) => setTimeout(() => port2.onmessage?.({ data }), 0);
      port2.postMessage = (data) => setTimeout(() => port1.onmessage?.({ data }), 0);
      this.port1 = port1;
      this.port2 = port2;
    }
  };
}
