/** Reports of two events of one kind, for story clustering tests (made up, in the shape of news). */

/** Two raids of one kind on one sea, years apart, undated as archived copies often are. */
export const FIRST_RAID = [
  "Navy captures 23 pirates in the Gulf of Zembla. The Ruritanian navy said its warship Brevalis foiled an attack on the merchant vessel Korlath on Saturday and captured 23 pirates armed with AK-47 rifles. Commandos from the Brevalis boarded the pirate boat after the Korlath sent a distress call.",
  "Warship Brevalis rescues merchant vessel Korlath from pirates. Ruritanian commandos captured 23 pirates on Saturday after they attacked the Korlath in the Gulf of Zembla, the navy said. The pirates carried AK-47 rifles and grenades, and the Brevalis helicopter chased their boat.",
  "Twenty-three pirates held after Korlath attack. The navy said the warship Brevalis responded on Saturday to a distress call from the merchant vessel Korlath in the Gulf of Zembla and captured 23 pirates with their AK-47 rifles and a grenade launcher.",
  "Brevalis commandos take 23 pirates into custody. A spokesman at naval headquarters said the pirates had tried to board the Korlath, an Ethiopian-flagged merchant vessel, on Saturday morning before the Brevalis and its helicopter intervened in the Gulf of Zembla.",
  "Ruritania hails navy after Korlath rescue. The defence ministry praised the crew of the Brevalis, whose commandos captured 23 Somali and Yemeni pirates on Saturday, the navy's fourth action against piracy in two months, and seized rifles and grenades.",
];
export const SECOND_RAID = [
  "Navy foils pirate attack in the Gulf of Zembla, 26 arrested. The Ruritanian navy said its ship Tervane intercepted three pirate skiffs on Thursday near the transit corridor and arrested 26 pirates armed with AK-47 rifles. The Tervane was escorting merchant vessels through the corridor.",
  "Tervane seizes three skiffs and 26 pirates. Escorting merchant vessels through the transit corridor on Thursday, the Ruritanian ship Tervane stopped an attack by five skiffs in the Gulf of Zembla, the navy said, arresting 26 pirates and seizing AK-47 rifles and magazines.",
  "Pirate attack on convoy foiled in the Gulf of Zembla. The ship Tervane of the Ruritanian navy arrested 26 pirates on Thursday after a boarding-and-search operation on three skiffs that threatened merchant vessels in the transit corridor, confiscating AK-47 rifles.",
];
