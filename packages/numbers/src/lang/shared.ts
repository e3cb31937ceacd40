/**
 * Data shared by every language: currency symbols and codes, physical unit abbreviations.
 * Matched case-sensitively on the raw text.
 */

/** Currency signs and codes written before or after a number → ISO 4217. Longest first when compiled. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  'US$': 'USD', 'U$S': 'USD', 'CA$': 'CAD', 'C$': 'CAD', 'AU$': 'AUD', 'A$': 'AUD', 'HK$': 'HKD', 'NZ$': 'NZD',
  'S$': 'SGD', 'R$': 'BRL', 'MX$': 'MXN', '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW',
  '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', 'CHF': 'CHF', 'Fr.': 'CHF', 'EUR': 'EUR', 'USD': 'USD', 'GBP': 'GBP',
  'JPY': 'JPY', 'CNY': 'CNY', 'RMB': 'CNY', 'CAD': 'CAD', 'AUD': 'AUD', 'INR': 'INR', 'KRW': 'KRW', 'RUB': 'RUB',
  'BRL': 'BRL', 'MXN': 'MXN', 'HKD': 'HKD', 'SGD': 'SGD', 'SEK': 'SEK', 'NOK': 'NOK', 'DKK': 'DKK', 'PLN': 'PLN',
  'CZK': 'CZK', 'TRY': 'TRY', 'ZAR': 'ZAR', 'SAR': 'SAR', 'AED': 'AED', 'NZD': 'NZD', 'ILS': 'ILS',
};

/**
 * Physical units written as symbols after a number → normalized symbol. "To" and "Go" are the French
 * téraoctet and gigaoctet. "m" is metres here; the English "m" for million is a scale abbreviation and
 * is tried first.
 */
export const UNIT_SIGNS: Readonly<Record<string, string>> = {
  'kWh': 'kWh', 'MWh': 'MWh', 'GWh': 'GWh', 'TWh': 'TWh', 'Wh': 'Wh',
  'kW': 'kW', 'MW': 'MW', 'GW': 'GW', 'TW': 'TW',
  'kWc': 'kWp', 'MWc': 'MWp', 'GWc': 'GWp', 'kWp': 'kWp', 'MWp': 'MWp', 'GWp': 'GWp',
  'km/h': 'km/h', 'mph': 'mph', 'km²': 'km²', 'km2': 'km²', 'm²': 'm²', 'm2': 'm²', 'm³': 'm³', 'm3': 'm³',
  'km': 'km', 'cm': 'cm', 'mm': 'mm', 'nm': 'nm', 'µm': 'µm', 'm': 'm', 'ha': 'ha',
  't': 't', 'kg': 'kg', 'mg': 'mg', 'g': 'g', 'Mt': 'Mt', 'kt': 'kt', 'Gt': 'Gt',
  'l': 'l', 'L': 'l', 'hl': 'hl', 'ml': 'ml', 'cl': 'cl',
  'TB': 'TB', 'To': 'TB', 'Tb': 'Tbit', 'GB': 'GB', 'Go': 'GB', 'Gb': 'Gbit', 'MB': 'MB', 'Mo': 'MB', 'Mb': 'Mbit',
  'PB': 'PB', 'Po': 'PB', 'KB': 'KB', 'Ko': 'KB', 'kB': 'KB', 'EB': 'EB',
  'Gbit/s': 'Gbit/s', 'Mbit/s': 'Mbit/s', 'Gb/s': 'Gbit/s', 'Mb/s': 'Mbit/s', 'Gbps': 'Gbit/s', 'Mbps': 'Mbit/s',
  'GHz': 'GHz', 'MHz': 'MHz', 'kHz': 'kHz', 'THz': 'THz', 'mAh': 'mAh', 'kV': 'kV',
  '°C': '°C', '°F': '°F', 'TFLOPS': 'TFLOPS', 'PFLOPS': 'PFLOPS', 'EFLOPS': 'EFLOPS', 'Tflops': 'TFLOPS',
  'Pflops': 'PFLOPS', 'Eflops': 'EFLOPS',
};

/** Prefixes glued to "$" that name another dollar ("US" in "US$"). */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD', C: 'CAD', CA: 'CAD', A: 'AUD', AU: 'AUD', HK: 'HKD', NZ: 'NZD', S: 'SGD', R: 'BRL', MX: 'MXN',
};
