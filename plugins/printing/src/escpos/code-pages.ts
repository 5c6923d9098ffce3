/**
 * The code pages an ESC/POS printer can be set to, as the encoder names them (its Epson table,
 * the mapping it uses without a printer model): a printer whose firmware lacks Kassa's pick per
 * document (CP437, else CP858) is given its own.
 */
export const CODE_PAGES = [
  "cp437", "epson/katakana", "cp850", "cp860", "cp863", "cp865", "cp851", "cp853", "cp857", "cp737", "iso8859-7", "windows1252",
  "cp866", "cp852", "cp858", "thai42", "thai11", "thai13", "tcvn3", "tcvn3capitals", "cp720", "cp775", "cp855", "cp861", "cp862",
  "cp864", "cp869", "epson/iso8859-2", "iso8859-15", "cp1098", "cp774", "cp772", "cp1125", "windows1250", "windows1251", "windows1253",
  "windows1254", "windows1255", "windows1256", "windows1257", "windows1258", "rk1048",
] as const
export type CodePage = (typeof CODE_PAGES)[number]
