// Loaded first by every hostile page: records what went wrong, for the test to read.
window.pmRecord = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.pmRecord.violations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
window.addEventListener('error', (e) => window.pmRecord.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.pmRecord.errors.push(String(e.reason)));
