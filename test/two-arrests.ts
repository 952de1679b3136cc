/** Reports of two events of one kind and other news of the same pile, for story clustering tests (made up, in the shape of news). */

/**
 * Two arrests of one kind (players of one club, drunk driving): the later one's reports, dated, recall the
 * earlier one, whose archived copies are undated.
 */
export const DATED_ARREST = [
  "Harbour City Rovers striker Milan Dorsey arrested for drunk driving. Police stopped Rovers striker Milan Dorsey early Sunday on the coastal highway and arrested him on suspicion of driving under the influence, the club said. Dorsey was released on bail and the Rovers said they were gathering information. Under the league conduct policy, clubs may suspend or fine players charged with driving under the influence. Defender Tomas Keller was arrested for drunk driving on the same highway last autumn.",
  "Rovers' Dorsey held on suspicion of drunk driving. Milan Dorsey, the Harbour City Rovers striker, was arrested early Sunday after police pulled him over for speeding on the coastal highway. A breath test put him over the legal limit, police said. The club said it was aware of the arrest. The league conduct policy lets clubs fine or suspend a player charged with driving under the influence. It is the club's second such arrest after defender Tomas Keller was held on the coastal highway last autumn.",
  "Striker Milan Dorsey faces drunk-driving charge. Harbour City Rovers striker Milan Dorsey was booked into the county jail early Sunday on suspicion of driving under the influence and released on bail hours later. His agent said Dorsey would cooperate with police. Players charged with driving under the influence may be fined or suspended under the league conduct policy. Rovers defender Tomas Keller was arrested on suspicion of drunk driving last autumn.",
  "Rovers coach says Dorsey will play despite arrest. Harbour City Rovers coach Ivo Marchetti said striker Milan Dorsey will play on Saturday although he was arrested for drunk driving early Sunday. Police said Dorsey failed a breath test on the coastal highway. The league conduct policy allows a fine or a suspension for a player charged with driving under the influence. Last autumn defender Tomas Keller was also arrested for drunk driving.",
];
export const UNDATED_ARREST = [
  "Harbour City Rovers defender Tomas Keller arrested for drunk driving. Police stopped Rovers defender Tomas Keller early Saturday on the coastal highway and arrested him on suspicion of driving under the influence, the club said. Keller was released on bail and the Rovers said they were looking into it. Under the league conduct policy, clubs may suspend or fine players charged with driving under the influence.",
  "Rovers' Keller held on suspicion of drunk driving. Tomas Keller, the Harbour City Rovers defender, was arrested early Saturday after police pulled him over for weaving on the coastal highway. A blood test put him over the legal limit, police said. The club said it was aware of the arrest. The league conduct policy lets clubs fine or suspend a player charged with driving under the influence.",
  "Defender Tomas Keller faces drunk-driving charge. Harbour City Rovers defender Tomas Keller was booked into the county jail early Saturday on suspicion of driving under the influence and released on bail. His lawyer said Keller would cooperate with police. Players charged with driving under the influence may be fined or suspended under the league conduct policy.",
  "Rovers suspend Keller after arrest. Harbour City Rovers suspended defender Tomas Keller for two matches after he was arrested for drunk driving early Saturday. Police said Keller failed a blood test on the coastal highway. The league conduct policy allows a fine or a suspension for a player charged with driving under the influence.",
];

/** Other news of the same pile, so that what the two arrests share weighs as a topic does in a real corpus. */
export const OTHER_NEWS = [
  "City council approves new tram line. The council of Harbour City voted on Tuesday to build a tram line from the port to the university, at a cost of 300 million euros, the mayor said.",
  "Storm closes ferry routes. High winds closed the ferry routes between the islands on Wednesday and the weather service warned of waves up to eight metres.",
  "Chemical plant to cut 400 jobs. The owner of the chemical plant in the north of the region said it would cut 400 jobs next year as demand for fertiliser falls.",
  "University opens new library. The university inaugurated a library of two million books on Thursday, designed by a local architect and paid for by a foundation.",
  "Election turnout falls to record low. Turnout in the regional election fell to 41 percent, the lowest since the region was created, the electoral commission said.",
  "Museum returns stolen painting. A painting stolen from the fine arts museum twenty years ago was returned on Monday after it surfaced at an auction abroad.",
];
