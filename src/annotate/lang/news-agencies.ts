/**
 * News agencies, named in datelines and credits ("PARIS, 15 (Havas).", "(AFP)"): the same names
 * in every language's press, so one list the language lexicons share. Written by hand: no data
 * package lists them.
 */
export const NEWS_AGENCIES: readonly string[] = [
  "AFP", "Reuters", "Reuter", "AP", "Associated Press", "UPI", "Bloomberg", "Havas", "ATS", "SDA", "ATS-SDA", "DPA", "ANSA", "EFE", "Belga",
  "APA", "ANP", "TT", "NTB", "Ritzau", "PAP", "CTK", "MTI", "Tanjug", "Kyodo", "Jiji", "Xinhua", "Chine nouvelle", "Tass", "TASS", "Itar-Tass",
  "RIA Novosti", "Interfax", "Anadolu", "WAFA", "MAP", "APS", "TAP", "IRNA", "PTI", "Yonhap", "Antara", "Bernama", "Keystone",
];
