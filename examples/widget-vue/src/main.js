import { createApp } from 'vue';
import App from './App.vue';

// `?gemeente=GM0981` (a CBS code or a name) preselects a municipality, e.g. from a link on a municipality's page.
const municipality = new URLSearchParams(location.search).get('gemeente') ?? undefined;

createApp(App, { municipality }).mount('#app');
