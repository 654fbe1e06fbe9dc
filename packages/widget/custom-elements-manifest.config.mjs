// The manifest describes the element; the step templates under steps/ are internal functions.
export default {
  exclude: ['src/components/**/steps/**'],
};
