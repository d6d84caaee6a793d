// The test builds this app in a temporary folder of its own; nothing to configure.
export default {};
