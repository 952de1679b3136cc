/**
 * Organisations and people that world news names alone, with nothing around them to type them
 * ("le Hamas", "à Assad", "sur Al Jazeera"), in French and English spellings: one list the
 * language lexicons share, as news-agencies.ts. Written by hand from the bodies, movements,
 * channels and heads of state and government that international news of 1990–2025 names most
 * (no data package lists them); a name here wins over a town of the same name ("Obama", Japan)
 * and over the preposition before it ("à Kadhafi" is no place).
 */
export const WELL_KNOWN_ORGANIZATIONS: readonly string[] = [
  // International bodies and NGOs.
  "ONU", "Nations unies", "Nations Unies", "United Nations", "OTAN", "NATO", "UE", "UNESCO", "Unesco", "UNICEF", "Unicef", "OMS",
  "FMI", "IMF", "OMC", "WTO", "OPEP", "OPEC", "AIEA", "IAEA", "HCR", "UNHCR", "UNRWA", "PNUD", "UNDP", "Interpol", "Europol", "Ligue arabe", "Arab League",
  "Union africaine", "African Union", "Croix-Rouge", "Croix Rouge", "Red Cross", "Croissant-Rouge", "Croissant Rouge", "Red Crescent", "CICR", "ICRC",
  "Amnesty International", "Amnesty", "Human Rights Watch", "HRW", "Médecins sans frontières", "Médecins Sans Frontières", "MSF", "Greenpeace",
  "Reporters sans frontières", "Reporters Sans Frontières", "RSF",
  // Movements, parties and armed groups named without an article's help.
  "Hamas", "Hezbollah", "Hizbollah", "Fatah", "Al-Qaida", "Al-Qaïda", "Al Qaida", "Al Qaïda", "Al-Qaeda", "Al Qaeda", "AQMI", "AQAP",
  "Daech", "Daesh", "ISIS", "ISIL", "EIIL", "Boko Haram", "Shebab", "Chebab", "Al-Shabaab", "Al Shabaab", "Jabhat al-Nosra", "Front al-Nosra", "PKK",
  "YPG", "ETA", "IRA", "FARC", "Taliban", "Tsahal", "Mossad", "Shin Bet", "CIA", "FBI", "NSA", "KGB", "FSB", "Basij", "Bassidj", "Pasdaran",
  "Frères musulmans", "Muslim Brotherhood", "Ikhwan", "Ennahda",
  // Television channels and papers named as sources.
  "Al Jazeera", "Al-Jazeera", "AlJazeera", "Al Jazira", "Al Arabiya", "Al-Arabiya", "CNN", "BBC", "France 24", "RFI", "Euronews", "Sky News", "Fox News",
  "NPR", "CBS", "NBC", "ABC News", "MSNBC", "New York Times", "Washington Post", "Wall Street Journal", "Financial Times", "Guardian", "Le Figaro",
  "Haaretz", "Al-Ahram", "Al Ahram", "Press TV", "Russia Today",
];

export const WELL_KNOWN_PEOPLE: readonly string[] = [
  "Kadhafi", "Khadafi", "Gaddafi", "Gadaffi", "Qaddafi", "Kaddafi", "Assad", "Al-Assad", "Moubarak", "Mubarak", "Ben Ali", "Morsi", "Morsy",
  "Sissi", "Sisi", "Khamenei", "Khomeini", "Ahmadinejad", "Rohani", "Rouhani", "Raïssi", "Raisi", "Saddam", "Saddam Hussein",
  "Ben Laden", "Bin Laden", "Oussama ben Laden", "Arafat", "Erdogan", "Erdoğan", "Poutine", "Putin", "Medvedev", "Eltsine", "Yeltsin", "Gorbatchev",
  "Gorbachev", "Obama", "Bush", "Clinton", "Biden", "Sarkozy", "Chirac", "Mitterrand", "Macron", "Merkel", "Blair", "Cameron",
  "Xi Jinping", "Hu Jintao", "Kim Jong-un", "Kim Jong-il", "Chavez", "Chávez", "Maduro", "Castro", "Zelensky", "Zelenski", "Bouteflika",
  "Tebboune", "Nasrallah", "Khaled Mechaal", "el-Béchir", "Museveni", "Mugabe", "Mandela",
];
