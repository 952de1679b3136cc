/** English abbreviations after which a period does not end a sentence. */
export const englishAbbreviations: readonly string[] = [
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Rev", "Hon",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "e.g", "i.e", "U.S", "U.K", "Inc", "Ltd", "Co", "Corp",
];
