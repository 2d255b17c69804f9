export default defineBackground(() => {
  // wired in full below
});
