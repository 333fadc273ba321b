export function brokenWordsInPage(): string[];
