/** Ids of the consortium members a request can be assigned to. */
export const providerIds: readonly string[] = ['sardes', 'oberon', 'ced-groep', 'dsp-groep', 'caop'];
