import { render } from 'preact';
import { App } from './App';
import { chooseLanguage, loadLanguage } from './i18n';
import './styles.css';

// The participant's language loads before the first screen (Swedish is already here).
const wanted = chooseLanguage();
void loadLanguage(wanted)
  .then(
    () => wanted,
    () => 'sv' as const,
  )
  .then((lang) => render(<App initialLanguage={lang} />, document.getElementById('app')!));
