/**
 * SAP Gateway's sap-message header as C4C sent it with HTTP 500 to a technical user's CSRF fetch,
 * quoted in https://github.com/SAP/cloud-sdk-js/issues/1185: the one source the tests hold the
 * diagnosis of that answer to (unit, shared parser, and a real TLS server).
 */
export const SAP_MESSAGE_1185 = JSON.stringify({
  code: 'ODATA_ERROR',
  message: 'Error occurred during processing',
  severity: 'error',
  target: '',
  details: [
    {
      code: 'CM_DS_APPL_ERROR:048',
      message: "Unauthorized: The service 'c4codataapi' is not assigned to you.",
      target: '',
      severity: 'error',
    },
  ],
});
