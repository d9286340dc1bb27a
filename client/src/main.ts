import { createApp } from 'vue';
// The app's own Arabic (and Latin) typeface, bundled: the page never depends on the OS fonts.
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/500.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import '@fontsource/ibm-plex-sans-arabic/700.css';
import App from './App.vue';
import { registerPlugins } from './plugins';
import './styles/main.css';

const app = createApp(App);
registerPlugins(app);
app.mount('#app');
