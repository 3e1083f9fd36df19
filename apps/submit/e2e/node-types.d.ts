// The e2e test runs in node; this app declares no @types/node, so it borrows the API workspace's.
/// <reference path="../../api/node_modules/@types/node/index.d.ts" />
