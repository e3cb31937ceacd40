/**
 * Context rules shared by data files: regular expression sources (tested case-insensitively) for the
 * text before a name (anchored at its end) or after it (anchored at its start). See `GazetteerAliasRule`.
 */

/** Other AI assistants in a list: "ChatGPT, Gemini et Claude". */
const AI_NAMES = String.raw`(?:ChatGPT|Gemini|Grok|Copilot|Llama|Claude|Mistral|Perplexity|DeepSeek|Bard)`;
const AND = String.raw`(?:et|and|und|y|e|ou|or|oder|o)`;
export const AI_LIST_BEFORE = String.raw`${AI_NAMES}\s*,?\s+(?:${AND}\s+)?`;
export const AI_LIST_AFTER = String.raw`\s*,?\s*(?:${AND}\s+)?${AI_NAMES}\b`;

/** Words that announce an AI model or assistant, in en, fr, de, es, it. */
const MODEL_WORDS = String.raw`(?:chatbot|chat-bot|assistant(?:e)?|agent|modèle|model|modell|modelo|modello|IA|AI|KI|LLM|Sprachmodell|intelligence\s+artificielle|version)`;

/** "l'IA Claude", "Anthropic's Claude", "le chatbot Gemini". */
export function modelBefore(company: string): string {
  return String.raw`(?:${company}(?:['’]s)?|(?:de|d['’]|von|by|of)\s*${company}|${MODEL_WORDS}(?:\s+(?:de|d['’]|von|by|of)\s*${company})?)\s+|${AI_LIST_BEFORE}`;
}

/** "Claude 3", "Gemini Pro", "Claude, d'Anthropic", "Gemini (Google)". */
export function modelAfter(company: string, versions: string): string {
  return String.raw`\s*(?:\d|-\d|(?:${versions})\b|,?\s*(?:de|d['’]|by|von|from|of)\s*${company}\b|\(\s*${company}\b|,\s+(?:le|la|the|el|der|das|die|il)\s+${MODEL_WORDS}\b)|${AI_LIST_AFTER}`;
}

/** The platform X: "la plateforme X", "le réseau social X", "posted on X", "Twitter (now X)". */
export const X_BEFORE = String.raw`(?:(?:plate-?forme|réseau(?:\s+social)?|platform|social(?:\s+media)?\s+(?:network|platform|site|app)|network|Plattform|Netzwerk|Kurznachrichtendienst(?:es)?|Onlinedienst(?:es)?|plataforma|red\s+social|rede\s+social|piattaforma|app)(?:\s+(?:de|des|of|der|di|du|for)\s+(?:médias\s+sociaux|réseaux\s+sociaux|microblog(?:ging)?|social\s+media|redes\s+sociales|medios\s+sociales|social\s+networking))?|(?:posted|wrote|said|post|posts|tweeted|writing|message|account|statement)\s+on|(?:publié|écrit|posté|message|tweet|déclaré|compte|publication|annoncé)\s+sur(?:\s+le\s+réseau\s+social)?|(?:schrieb|Beitrag|Post|postete|Konto|Account)\s+(?:auf|bei)|(?:publicó|escribió|mensaje|cuenta|publicación)\s+en(?:\s+la\s+red\s+social)?|Twitter\s*(?:\(|,)?\s*(?:now|désormais|maintenant|rebaptisé(?:e)?|renommé(?:e)?|renamed|devenu(?:e)?|jetzt|heute|ahora|ora)(?:\s+(?:called|appelé|en))?)\s+`;
export const X_AFTER = String.raw`\s*(?:\(|,|–|—|-|/)?\s*(?:l['’]\s*)?(?:ex-?\s*|anciennement\s+|ancien\s+|autrefois\s+|formerly\s+(?:known\s+as\s+)?|previously\s+|früher\s+|ehemals\s+|vormals\s+|antes\s+|antiguo\s+|antigua\s+|former\s+|née\s+|anteriormente\s+)?Twitter\b`;
