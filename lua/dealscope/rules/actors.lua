-- actors.lua -- who the parties of a trade provision are: the ways news
-- names a state (name, adjective, demonym, capital or seat of government,
-- leader, minister, ministry, legislature), each under the code of that
-- party. The default rules take the `actor` and `counterpart` of a
-- provision from these phrases.
--
-- Codes: ISO 3166-1 alpha-3 ("CHN", "USA"); "EUU" for the European Union
-- and the European Communities before it (the code WITS and other trade
-- data use); "XKX" for Kosovo (user-assigned; the EU and the IMF use it);
-- the codes of the time for the states of the 1980s that are gone: "SUN"
-- the Soviet Union, "DDR" East Germany, "YUG" Yugoslavia, "CSK"
-- Czechoslovakia. West Germany ("Bonn") is "DEU". A renamed state keeps
-- one code (Zaire COD, Burma MMR, Ceylon LKA, Kampuchea KHM, Upper Volta
-- BFA, Swaziland SWZ, North and South Yemen YEM). Groupings (GATT, WTO,
-- G7, OPEC, APEC, ASEAN, the UN) and companies, state-owned or not, are
-- not parties and are not listed.
--
-- Sources: general knowledge -- the UN member states and ISO 3166 names,
-- capitals, and the office holders of 1980-2025: heads of state and
-- government of the larger trading economies; their trade, commerce,
-- agriculture, finance and foreign ministers, trade negotiators and
-- central bank governors; EU commissioners; U.S. legislators prominent in
-- trade. Written by hand as plain lists and laid out into this file by a
-- throwaway script; edit this file directly.
--
-- Phrases use the rule language's syntax: words match whole tokens,
-- ignoring case and accents (phrases are written in ASCII: "Malmstrom"
-- matches "Malmström"); a hyphen matches a space ("Kim Jong-un" matches
-- "Kim Jong Un"); "x(s)?" is an optional suffix; a leading "=" makes a
-- one-word phrase match its exact case ("=US" is not "us", "=Turkey" is
-- not "turkey"). The possessive is a token of its own, so "China" also
-- matches in "China's".
--
-- Conventions:
-- * A phrase belongs to one code only (spec/actors_spec.lua checks it).
-- * A surname alone only where news uses it for one person of one state
--   ("Yeutter", "Nakasone", "Lighthizer"); the full name where the surname
--   is a common word or name ("James Baker", "Carla Hills", "Wilbur Ross").
--   Exact case where the surname is a word in lower case ("=Trump",
--   "=Bush", "=Pence", "=Tusk", "=Kohl", "=Truss") and for the shortest
--   ones ("=Xi", "=Abe", "=Aso", "=Roh", "=Chun", "=Yoon"), which in
--   capitals are stock tickers and Roman numerals ("ROH", "Pius XI").
-- * A person who served two parties is listed where the trade role was:
--   Prodi, Barroso, Juncker, Mandelson, Brittan, Draghi, Lagarde, Charles
--   Michel, Antonio Costa: EUU; Bangemann (economics minister 1984-88):
--   DEU; Tusk: POL; Barnier, Moscovici: FRA; Monti, Gentiloni: ITA; Mark
--   Carney: CAN; Shevardnadze: SUN; Milosevic: YUG; Havel: CZE.
-- * Longer phrases must win over the shorter ones inside them (leftmost-
--   longest match): "North Korea" (PRK) over "Korea" (KOR), "Democratic
--   People's Republic of Korea" over "Republic of Korea", "Democratic
--   Republic of the Congo" (COD) over "Republic of the Congo" (COG),
--   "Equatorial Guinea" over "=Guinea", "Niger Delta" (NGA) over "=Niger",
--   "International Trade Commission" (USA) over "=Commission" (EUU),
--   "National People's Congress" (CHN) over "Congress" (USA); and the
--   phrases of "not_actor" (at the end) over all of these.
-- * Ambiguous names and the choice made:
--   - "Korea", "Korean(s)": KOR, as news uses them; the North is named
--     "North Korea", "DPRK", "Pyongyang".
--   - "Moscow": RUS; "Kremlin", "Soviet(s)", "USSR": SUN. Which of SUN
--     and RUS a text means depends on its date: the caller maps one to
--     the other by the document's date (before or after December 1991).
--     Likewise "Prague" is listed under CZE (CSK before 1993) and
--     "Belgrade" under SRB (YUG before 2003).
--   - "Congress": USA (trade news); the Indian party is "Congress party".
--   - "Treasury": USA; the British one is "HM Treasury".
--   - "=Community", "=Commission": EUU (the EC's "the Community", "the
--     Commission" in trade news; lower-case "community" is not matched).
--   - "Europe", "European(s)": EUU; "Brussels": EUU (Belgium is named by
--     name). "MITI": JPN (Malaysia's ministry has the same name and is
--     recognised by "Malaysia(n)" beside it). "Macedonia": MKD.
-- * Left out: "Congo", "Congolese" (two states); "Georgia", "Georgian"
--   (the U.S. state); "Chad" (a given name); "Republic of China" (inside
--   "People's Republic of China"); "Jerusalem" (disputed; news rarely uses
--   it for the government); "Politburo", "Ministry of Commerce", "National
--   Assembly", "Senate" (several states); "BIS" (also the Bank for
--   International Settlements); acronyms that 1980s news also uses for
--   companies and commodity bodies ("ITC": International Tin Council;
--   "CPC", "ANC", "ROK": tickers); capitals that are common words or other
--   places: Male, Victoria, Kingston, Georgetown, Nassau, Sofia, San Jose,
--   Doha (the WTO round).
--
-- luacheck: globals words

words "actor" {

  -- North America ===============================================================================

  -- Canada
  CAN = {
    -- names, adjectives and demonyms
    "Canada", "Canadian(s)?",
    -- capitals and seats of government
    "Ottawa", "Parliament Hill",
    -- heads of state and government
    "Pierre Trudeau", "Justin Trudeau", "Trudeau", "Joe Clark", "John Turner", "Brian Mulroney",
    "Mulroney", "Kim Campbell", "Jean Chretien", "Chretien", "Paul Martin", "Stephen Harper",
    "Mark Carney", "Carney",
    -- ministers, negotiators, central bankers, legislators
    "Pat Carney", "John Crosbie", "Crosbie", "Simon Reisman", "Reisman", "Michael Wilson",
    "Roy MacLaren", "Art Eggleton", "Sergio Marchi", "Pierre Pettigrew", "Pettigrew", "Ed Fast",
    "Chrystia Freeland", "Freeland", "Francois-Philippe Champagne", "Mary Ng", "Dominic LeBlanc",
    "Bill Morneau", "Morneau", "John Crow", "David Dodge", "Stephen Poloz", "Poloz",
    "Tiff Macklem", "Macklem",
    -- ministries, agencies, legislatures, parties
    "Bank of Canada", "Global Affairs Canada", "Canada Border Services Agency", "British Columbia",
  },

  -- Mexico
  MEX = {
    -- names, adjectives and demonyms
    "Mexico", "Mexican(s)?", "United Mexican States",
    -- capitals and seats of government
    "Mexico City", "Los Pinos", "Palacio Nacional",
    -- heads of state and government
    "Jose Lopez Portillo", "Lopez Portillo", "Miguel de la Madrid", "Carlos Salinas de Gortari",
    "Carlos Salinas", "Salinas de Gortari", "Ernesto Zedillo", "Zedillo", "Vicente Fox",
    "Felipe Calderon", "Calderon", "Enrique Pena Nieto", "Pena Nieto",
    "Andres Manuel Lopez Obrador", "Lopez Obrador", "AMLO", "Claudia Sheinbaum", "Sheinbaum",
    -- ministers, negotiators, central bankers, legislators
    "Hector Hernandez Cervantes", "Jaime Serra Puche", "Serra Puche", "Herminio Blanco",
    "Luis Ernesto Derbez", "Ildefonso Guajardo", "Guajardo", "Graciela Marquez",
    "Tatiana Clouthier", "Raquel Buenrostro", "Marcelo Ebrard", "Ebrard", "Jesus Seade", "Seade",
    "Jesus Silva Herzog", "Gustavo Petricioli", "Petricioli", "Pedro Aspe", "Guillermo Ortiz",
    "Francisco Gil Diaz", "Agustin Carstens", "Carstens", "Luis Videgaray", "Videgaray",
    "Jose Antonio Meade", "Arturo Herrera", "Rogelio Ramirez de la O",
    -- ministries, agencies, legislatures, parties
    "Banxico", "Bank of Mexico", "Mexican Congress",
  },

  -- United States
  USA = {
    -- names, adjectives and demonyms
    "United States", "United States of America", "U.S.", "=US", "USA", "U.S.A.", "America",
    "American(s)?", "Uncle Sam",
    -- capitals and seats of government
    "Washington", "White House", "Oval Office", "Capitol Hill", "Pentagon", "Foggy Bottom",
    -- heads of state and government
    "Jimmy Carter", "Ronald Reagan", "Reagan", "George H.W. Bush", "George W. Bush", "George Bush",
    "=Bush", "Bill Clinton", "Clinton", "Barack Obama", "Obama", "Donald Trump", "=Trump",
    "Joe Biden", "Biden", "Walter Mondale", "Mondale", "Dan Quayle", "Quayle", "Al Gore",
    "Dick Cheney", "Cheney", "Mike Pence", "=Pence", "Kamala Harris", "JD Vance", "J.D. Vance",
    "Vance",
    -- trade representatives
    "Reubin Askew", "Bill Brock", "William Brock", "Clayton Yeutter", "Yeutter", "Carla Hills",
    "Mickey Kantor", "Kantor", "Charlene Barshefsky", "Barshefsky", "Robert Zoellick", "Zoellick",
    "Rob Portman", "Portman", "Susan Schwab", "Ron Kirk", "Michael Froman", "Froman",
    "Robert Lighthizer", "Lighthizer", "Katherine Tai", "Jamieson Greer", "Greer",
    -- commerce secretaries
    "Malcolm Baldrige", "Baldrige", "William Verity", "C. William Verity", "Robert Mosbacher",
    "Mosbacher", "Barbara Franklin", "Ron Brown", "Ronald Brown", "William Daley", "Norman Mineta",
    "Mineta", "Don Evans", "Donald Evans", "Carlos Gutierrez", "Gary Locke", "John Bryson",
    "Penny Pritzker", "Pritzker", "Wilbur Ross", "Gina Raimondo", "Raimondo", "Howard Lutnick",
    "Lutnick",
    -- agriculture secretaries and officials
    "John Block", "Richard Lyng", "Lyng", "Edward Madigan", "Mike Espy", "Espy", "Dan Glickman",
    "Glickman", "Ann Veneman", "Veneman", "Mike Johanns", "Johanns", "Ed Schafer", "Tom Vilsack",
    "Vilsack", "Sonny Perdue", "Brooke Rollins", "Daniel Amstutz", "Amstutz",
    -- treasury secretaries and central bankers
    "Donald Regan", "James Baker", "Nicholas Brady", "Lloyd Bentsen", "Bentsen", "Robert Rubin",
    "Lawrence Summers", "Larry Summers", "Paul O'Neill", "John Snow", "Henry Paulson",
    "Hank Paulson", "Paulson", "Timothy Geithner", "Tim Geithner", "Geithner", "Jack Lew",
    "Jacob Lew", "Steven Mnuchin", "Steve Mnuchin", "Mnuchin", "Janet Yellen", "Yellen",
    "Scott Bessent", "Bessent", "Paul Volcker", "Volcker", "Alan Greenspan", "Greenspan",
    "Ben Bernanke", "Bernanke", "Jerome Powell", "Powell",
    -- secretaries of state, White House advisers, envoys
    "Alexander Haig", "Haig", "George Shultz", "Shultz", "Lawrence Eagleburger", "Eagleburger",
    "Warren Christopher", "Madeleine Albright", "Albright", "Colin Powell", "Condoleezza Rice",
    "Hillary Clinton", "John Kerry", "Rex Tillerson", "Tillerson", "Mike Pompeo", "Pompeo",
    "Antony Blinken", "Blinken", "Marco Rubio", "Rubio", "Caspar Weinberger", "Weinberger",
    "Larry Kudlow", "Kudlow", "Peter Navarro", "Kevin Hassett", "Hassett", "Gary Cohn",
    "Brian Deese", "Jake Sullivan", "Steve Witkoff", "Witkoff",
    -- legislators prominent in trade
    "Richard Gephardt", "Dick Gephardt", "Gephardt", "John Danforth", "Danforth",
    "Dan Rostenkowski", "Rostenkowski", "Bob Dole", "Robert Dole", "Max Baucus", "Baucus",
    "Chuck Grassley", "Grassley", "Orrin Hatch", "Ron Wyden", "Wyden", "Mike Crapo", "Crapo",
    "Sander Levin", "Charles Rangel", "Rangel", "Ernest Hollings", "Fritz Hollings", "Hollings",
    "Jesse Helms", "John Heinz", "Donald Riegle", "Riegle", "Jim Wright", "Tip O'Neill",
    "Nancy Pelosi", "Pelosi", "Newt Gingrich", "Gingrich", "Mitch McConnell", "McConnell",
    "Chuck Schumer", "Schumer", "Paul Ryan", "John Boehner", "Boehner", "Kevin McCarthy",
    "Kevin Brady", "Dave Camp", "Richard Neal", "Josh Hawley", "Elizabeth Warren",
    "Bernie Sanders",
    -- ministries, agencies, legislatures, parties
    "U.S. Trade Representative", "Trade Representative", "Office of the U.S. Trade Representative",
    "USTR", "Commerce Department", "Department of Commerce", "Agriculture Department",
    "Department of Agriculture", "USDA", "Treasury", "Treasury Department", "State Department",
    "Department of State", "Justice Department", "Department of Justice", "Energy Department",
    "Department of Energy", "Labor Department", "Department of Labor", "Defense Department",
    "Department of Defense", "Bureau of Industry and Security",
    "International Trade Administration", "International Trade Commission", "USITC",
    "Federal Trade Commission", "FTC", "Securities and Exchange Commission",
    "Customs and Border Protection", "CBP", "Office of Foreign Assets Control", "OFAC",
    "Commodity Credit Corporation", "Federal Reserve", "=Fed", "Federal Reserve Board",
    "Committee on Foreign Investment in the United States", "CFIUS", "Congress",
    "House of Representatives", "Senate Finance Committee", "Ways and Means Committee",
    "House Ways and Means", "National Economic Council", "National Security Council",
  },

  -- European Union and Europe ===================================================================

  -- Austria
  AUT = {
    -- names, adjectives and demonyms
    "Austria", "Austrian(s)?",
    -- capitals and seats of government
    "Vienna", "Ballhausplatz",
    -- heads of state and government
    "Bruno Kreisky", "Kreisky", "Fred Sinowatz", "Franz Vranitzky", "Vranitzky", "Viktor Klima",
    "Wolfgang Schussel", "Wolfgang Schuessel", "Alfred Gusenbauer", "Werner Faymann",
    "Sebastian Kurz", "Karl Nehammer", "Christian Stocker", "Kurt Waldheim", "Waldheim",
    "Thomas Klestil", "Heinz Fischer", "Alexander Van der Bellen",
    -- ministries, agencies, legislatures, parties
    "Austrian National Bank", "Oesterreichische Nationalbank",
  },

  -- Belgium
  -- "Brussels" is the EU (EUU); Belgium is named by its own name.
  BEL = {
    -- names, adjectives and demonyms
    "Belgium", "Belgian(s)?",
    -- heads of state and government
    "Wilfried Martens", "Jean-Luc Dehaene", "Dehaene", "Guy Verhofstadt", "Verhofstadt",
    "Yves Leterme", "Elio Di Rupo", "Sophie Wilmes", "Alexander De Croo", "Bart De Wever",
    "King Baudouin", "King Albert", "King Philippe",
    -- ministries, agencies, legislatures, parties
    "National Bank of Belgium",
  },

  -- Bulgaria
  -- "Sofia" is left out: a common given name.
  BGR = {
    -- names, adjectives and demonyms
    "Bulgaria", "Bulgarian(s)?",
    -- heads of state and government
    "Todor Zhivkov", "Zhivkov", "Boyko Borisov", "Rumen Radev",
  },

  -- Switzerland
  CHE = {
    -- names, adjectives and demonyms
    "Switzerland", "Swiss", "Swiss Confederation", "Helvetic Confederation",
    -- capitals and seats of government
    "Bern", "Berne",
    -- ministers, negotiators, central bankers, legislators
    "Karin Keller-Sutter", "Guy Parmelin", "Ignazio Cassis",
    -- ministries, agencies, legislatures, parties
    "Swiss National Bank", "State Secretariat for Economic Affairs", "SECO",
  },

  -- Czechoslovakia
  -- the state of 1918-1992; Prague is listed under CZE (resolve by date)
  CSK = {
    -- names, adjectives and demonyms
    "Czechoslovakia", "Czechoslovak(s)?", "Czechoslovakian(s)?", "Czecho-Slovakia", "CSSR",
    "Czechoslovak Socialist Republic",
    -- heads of state and government
    "Gustav Husak", "Husak", "Lubomir Strougal", "Strougal", "Milos Jakes",
  },

  -- Cyprus
  CYP = {
    -- names, adjectives and demonyms
    "Cyprus", "Cypriot(s)?",
    -- capitals and seats of government
    "Nicosia",
  },

  -- Czech Republic
  CZE = {
    -- names, adjectives and demonyms
    "Czech Republic", "Czechia", "Czech(s)?",
    -- capitals and seats of government
    "Prague",
    -- heads of state and government
    "Vaclav Havel", "Havel", "Vaclav Klaus", "Milos Zeman", "Petr Fiala", "Andrej Babis", "Babis",
    "Petr Pavel",
  },

  -- East Germany
  DDR = {
    -- names, adjectives and demonyms
    "East Germany", "East German(s)?", "German Democratic Republic", "GDR", "DDR",
    -- capitals and seats of government
    "East Berlin", "Pankow",
    -- heads of state and government
    "Erich Honecker", "Honecker", "Egon Krenz", "Willi Stoph", "Hans Modrow", "Modrow",
    "Lothar de Maiziere",
    -- ministries, agencies, legislatures, parties
    "Volkskammer",
  },

  -- Germany (West Germany before 1990)
  DEU = {
    -- names, adjectives and demonyms
    "Germany", "German(s)?", "West Germany", "West German(s)?", "Federal Republic of Germany",
    "Federal Republic", "FRG",
    -- capitals and seats of government
    "Berlin", "Bonn", "West Berlin",
    -- heads of state and government
    "Helmut Schmidt", "Helmut Kohl", "=Kohl", "Gerhard Schroeder", "Gerhard Schroder",
    "Angela Merkel", "Merkel", "Olaf Scholz", "Scholz", "Friedrich Merz", "Merz", "Karl Carstens",
    "Richard von Weizsaecker", "Richard von Weizsacker", "von Weizsaecker", "von Weizsacker",
    "Roman Herzog", "Johannes Rau", "Horst Koehler", "Horst Kohler", "Christian Wulff",
    "Joachim Gauck", "Frank-Walter Steinmeier", "Steinmeier",
    -- economics, finance, foreign and farm ministers; Bundesbank presidents
    "Otto Lambsdorff", "Otto Graf Lambsdorff", "Lambsdorff", "Martin Bangemann", "Bangemann",
    "Helmut Haussmann", "Juergen Moellemann", "Jurgen Mollemann", "Guenter Rexrodt",
    "Gunter Rexrodt", "Rexrodt", "Wolfgang Clement", "Michael Glos", "Karl-Theodor zu Guttenberg",
    "Rainer Bruederle", "Rainer Bruderle", "Philipp Roesler", "Philipp Rosler", "Sigmar Gabriel",
    "Brigitte Zypries", "Peter Altmaier", "Altmaier", "Robert Habeck", "Habeck",
    "Katherina Reiche", "Gerhard Stoltenberg", "Theo Waigel", "Waigel", "Oskar Lafontaine",
    "Lafontaine", "Hans Eichel", "Peer Steinbrueck", "Peer Steinbruck", "Wolfgang Schaeuble",
    "Wolfgang Schauble", "Schaeuble", "Schauble", "Christian Lindner", "Joerg Kukies",
    "Jorg Kukies", "Lars Klingbeil", "Klingbeil", "Hans-Dietrich Genscher", "Genscher",
    "Klaus Kinkel", "Kinkel", "Joschka Fischer", "Guido Westerwelle", "Heiko Maas",
    "Annalena Baerbock", "Baerbock", "Johann Wadephul", "Ignaz Kiechle", "Kiechle",
    "Karl Otto Poehl", "Karl Otto Pohl", "Poehl", "Helmut Schlesinger", "Hans Tietmeyer",
    "Tietmeyer", "Ernst Welteke", "Axel Weber", "Jens Weidmann", "Weidmann", "Joachim Nagel",
    -- ministries, agencies, legislatures, parties
    "Bundesbank", "Bundestag", "Kanzleramt", "Federal Economics Ministry", "Bundeskartellamt",
  },

  -- Denmark
  DNK = {
    -- names, adjectives and demonyms
    "Denmark", "=Danish", "=Danes",
    -- capitals and seats of government
    "Copenhagen", "Christiansborg",
    -- heads of state and government
    "Anker Jorgensen", "Poul Schlueter", "Poul Schluter", "Schlueter", "Poul Nyrup Rasmussen",
    "Anders Fogh Rasmussen", "Lars Lokke Rasmussen", "Helle Thorning-Schmidt", "Mette Frederiksen",
    "Frederiksen",
  },

  -- Spain
  ESP = {
    -- names, adjectives and demonyms
    "Spain", "Spanish", "Spaniard(s)?", "Kingdom of Spain",
    -- capitals and seats of government
    "Madrid", "Moncloa",
    -- heads of state and government
    "Adolfo Suarez", "Leopoldo Calvo-Sotelo", "Felipe Gonzalez", "Jose Maria Aznar", "Aznar",
    "Jose Luis Rodriguez Zapatero", "Zapatero", "Mariano Rajoy", "Rajoy", "Pedro Sanchez",
    "King Juan Carlos", "King Felipe",
    -- ministers, negotiators, central bankers, legislators
    "Carlos Solchaga", "Solchaga", "Pedro Solbes", "Solbes", "Carlos Cuerpo", "Luis de Guindos",
    -- ministries, agencies, legislatures, parties
    "Bank of Spain", "Congress of Deputies",
  },

  -- Estonia
  EST = {
    -- names, adjectives and demonyms
    "Estonia", "Estonian(s)?",
    -- capitals and seats of government
    "Tallinn",
  },

  -- European Union
  -- "Community" and "Commission" are exact-case: the capitalised words mean the
  -- EC/EU in trade news ("the Community", "the Commission said"); longer names of
  -- other commissions and communities are listed under their states or in
  -- "not_actor" below and must win over them (leftmost-longest match).
  EUU = {
    -- names, adjectives and demonyms
    "European Union", "=EU", "E.U.", "European Community", "European Communities",
    "European Economic Community", "EEC", "=EC", "E.C.", "=Community", "Common Market", "Europe",
    "European(s)?",
    -- capitals and seats of government
    "Brussels", "Berlaymont",
    -- ministries, agencies, legislatures, parties
    "European Commission", "=Commission", "EC Commission", "EU Commission",
    "Commission of the European Communities", "European Council", "Council of the European Union",
    "Council of the EU", "EU Council", "EC Council of Ministers", "EU Council of Ministers",
    "European Parliament", "MEP(s)?", "Coreper", "European Central Bank", "ECB",
    "European Court of Justice", "Court of Justice of the European Union", "DG Trade",
    "Directorate-General for Trade", "Euratom", "European Coal and Steel Community", "ECSC",
    -- Commission and Council presidents (some also led a member state; they are
    -- listed here, where their trade role was)
    "Roy Jenkins", "Gaston Thorn", "Jacques Delors", "Delors", "Jacques Santer", "Santer",
    "Manuel Marin", "Romano Prodi", "Prodi", "Jose Manuel Barroso", "Barroso",
    "Jean-Claude Juncker", "Juncker", "Ursula von der Leyen", "von der Leyen", "Herman Van Rompuy",
    "Van Rompuy", "Charles Michel", "Antonio Costa",
    -- commissioners for trade, agriculture, competition and the economy
    "Wilhelm Haferkamp", "Haferkamp", "Willy De Clercq", "De Clercq", "Frans Andriessen",
    "Andriessen", "Leon Brittan", "Brittan", "Pascal Lamy", "Lamy", "Peter Mandelson", "Mandelson",
    "Catherine Ashton", "Karel De Gucht", "De Gucht", "Cecilia Malmstrom", "Malmstrom",
    "Phil Hogan", "Valdis Dombrovskis", "Dombrovskis", "Maros Sefcovic", "Sefcovic",
    "Etienne Davignon", "Davignon", "Ray MacSharry", "MacSharry", "Franz Fischler", "Fischler",
    "Mariann Fischer Boel", "Fischer Boel", "Dacian Ciolos", "Janusz Wojciechowski",
    "Christophe Hansen", "Peter Sutherland", "Karel Van Miert", "Van Miert", "Neelie Kroes",
    "Joaquin Almunia", "Almunia", "Margrethe Vestager", "Vestager", "Teresa Ribera", "Olli Rehn",
    "Thierry Breton", "Benita Ferrero-Waldner", "Josep Borrell", "Borrell", "Kaja Kallas",
    "Wim Duisenberg", "Duisenberg", "Jean-Claude Trichet", "Trichet", "Mario Draghi", "Draghi",
    "Christine Lagarde", "Lagarde",
  },

  -- Finland
  FIN = {
    -- names, adjectives and demonyms
    "Finland", "Finnish", "=Finns",
    -- capitals and seats of government
    "Helsinki",
    -- heads of state and government
    "Mauno Koivisto", "Koivisto", "Martti Ahtisaari", "Ahtisaari", "Tarja Halonen",
    "Sauli Niinisto", "Niinisto", "Alexander Stubb", "Sanna Marin", "Petteri Orpo",
    "Paavo Lipponen", "Matti Vanhanen",
  },

  -- France
  FRA = {
    -- names, adjectives and demonyms
    "France", "French", "French Republic", "Frenchman", "Frenchmen",
    -- capitals and seats of government
    "Paris", "Elysee", "Elysee Palace", "Matignon", "Quai d'Orsay", "Bercy",
    -- heads of state and government
    "Valery Giscard d'Estaing", "Giscard d'Estaing", "Giscard", "Francois Mitterrand",
    "Mitterrand", "Jacques Chirac", "Chirac", "Nicolas Sarkozy", "Sarkozy", "Francois Hollande",
    "Hollande", "Emmanuel Macron", "Macron", "Raymond Barre", "Pierre Mauroy", "Mauroy",
    "Laurent Fabius", "Fabius", "Michel Rocard", "Rocard", "Edith Cresson", "Cresson",
    "Pierre Beregovoy", "Beregovoy", "Edouard Balladur", "Balladur", "Alain Juppe", "Juppe",
    "Lionel Jospin", "Jospin", "Jean-Pierre Raffarin", "Raffarin", "Dominique de Villepin",
    "de Villepin", "Francois Fillon", "Fillon", "Jean-Marc Ayrault", "Manuel Valls", "Valls",
    "Bernard Cazeneuve", "Edouard Philippe", "Jean Castex", "Castex", "Elisabeth Borne",
    "Gabriel Attal", "Attal", "Michel Barnier", "Barnier", "Francois Bayrou", "Bayrou",
    "Sebastien Lecornu", "Lecornu",
    -- ministers, negotiators, central bankers, legislators
    "Michel Noir", "Francois Guillaume", "Dominique Strauss-Kahn", "Strauss-Kahn",
    "Pierre Moscovici", "Moscovici", "Bruno Le Maire", "Le Maire", "Antoine Armand",
    "Eric Lombard", "Nicole Bricq", "Franck Riester", "Laurent Saint-Martin", "Anne-Marie Idrac",
    "Jean-Yves Le Drian", "Jacques de Larosiere", "Christian Noyer", "Francois Villeroy de Galhau",
    "Villeroy de Galhau",
    -- ministries, agencies, legislatures, parties
    "Banque de France", "Bank of France", "French National Assembly", "Assemblee Nationale",
  },

  -- United Kingdom
  GBR = {
    -- names, adjectives and demonyms
    "Britain", "British", "Briton(s)?", "Great Britain", "United Kingdom", "U.K.", "UK",
    "Northern Ireland",
    -- capitals and seats of government
    "London", "Downing Street", "Whitehall", "Westminster",
    -- heads of state and government
    "Margaret Thatcher", "Thatcher", "John Major", "Tony Blair", "Blair", "Gordon Brown",
    "David Cameron", "Cameron", "Theresa May", "Boris Johnson", "Liz Truss", "=Truss",
    "Rishi Sunak", "Sunak", "Keir Starmer", "Starmer", "Queen Elizabeth", "King Charles",
    -- chancellors, trade, foreign and farm ministers; Bank of England governors
    "Geoffrey Howe", "Nigel Lawson", "Norman Lamont", "Kenneth Clarke", "Alistair Darling",
    "George Osborne", "Philip Hammond", "Sajid Javid", "Javid", "Nadhim Zahawi", "Kwasi Kwarteng",
    "Kwarteng", "Jeremy Hunt", "Rachel Reeves", "Norman Tebbit", "Tebbit", "Paul Channon",
    "Nicholas Ridley", "Peter Lilley", "Michael Heseltine", "Heseltine", "Ian Lang",
    "Margaret Beckett", "Stephen Byers", "Patricia Hewitt", "John Hutton", "Vince Cable",
    "Liam Fox", "Anne-Marie Trevelyan", "Kemi Badenoch", "Badenoch", "Jonathan Reynolds",
    "Peter Kyle", "Alan Clark", "Michael Jopling", "John MacGregor", "John Gummer",
    "Lord Carrington", "Francis Pym", "Douglas Hurd", "Malcolm Rifkind", "Robin Cook",
    "Jack Straw", "David Miliband", "William Hague", "Dominic Raab", "James Cleverly",
    "David Lammy", "Yvette Cooper", "Robin Leigh-Pemberton", "Eddie George", "Mervyn King",
    "Andrew Bailey",
    -- ministries, agencies, legislatures, parties
    "HM Treasury", "Her Majesty's Treasury", "His Majesty's Treasury", "Exchequer",
    "Bank of England", "Department of Trade and Industry", "Department for International Trade",
    "Department for Business and Trade", "Foreign Office", "Foreign and Commonwealth Office",
    "House of Commons", "House of Lords", "HMRC",
  },

  -- Greece
  GRC = {
    -- names, adjectives and demonyms
    "Greece", "Greek(s)?", "Hellenic Republic",
    -- capitals and seats of government
    "Athens",
    -- heads of state and government
    "Andreas Papandreou", "George Papandreou", "Papandreou", "Konstantinos Mitsotakis",
    "Kyriakos Mitsotakis", "Mitsotakis", "Costas Simitis", "Simitis", "Kostas Karamanlis",
    "Constantine Karamanlis", "Karamanlis", "Lucas Papademos", "Antonis Samaras", "Samaras",
    "Alexis Tsipras", "Tsipras",
    -- ministers, negotiators, central bankers, legislators
    "Yanis Varoufakis", "Varoufakis",
    -- ministries, agencies, legislatures, parties
    "Bank of Greece",
  },

  -- Croatia
  HRV = {
    -- names, adjectives and demonyms
    "Croatia", "Croatian(s)?", "Croat(s)?",
    -- capitals and seats of government
    "Zagreb",
    -- heads of state and government
    "Franjo Tudjman", "Tudjman", "Andrej Plenkovic", "Plenkovic",
  },

  -- Hungary
  HUN = {
    -- names, adjectives and demonyms
    "Hungary", "Hungarian(s)?",
    -- capitals and seats of government
    "Budapest",
    -- heads of state and government
    "Janos Kadar", "Kadar", "Karoly Grosz", "Jozsef Antall", "Gyula Horn", "Viktor Orban", "Orban",
    "Peter Medgyessy", "Ferenc Gyurcsany",
  },

  -- Ireland
  IRL = {
    -- names, adjectives and demonyms
    "Ireland", "Irish", "Republic of Ireland", "Eire",
    -- capitals and seats of government
    "Dublin",
    -- heads of state and government
    "Garret FitzGerald", "Charles Haughey", "Haughey", "Albert Reynolds", "John Bruton",
    "Bertie Ahern", "Ahern", "Brian Cowen", "Enda Kenny", "Leo Varadkar", "Varadkar",
    "Micheal Martin", "Simon Harris", "Taoiseach",
    -- ministries, agencies, legislatures, parties
    "Dail", "Central Bank of Ireland",
  },

  -- Iceland
  ISL = {
    -- names, adjectives and demonyms
    "Iceland", "Icelandic", "Icelander(s)?",
    -- capitals and seats of government
    "Reykjavik",
  },

  -- Italy
  ITA = {
    -- names, adjectives and demonyms
    "Italy", "Italian(s)?", "Italian Republic",
    -- capitals and seats of government
    "Rome", "Palazzo Chigi", "Farnesina",
    -- heads of state and government
    "Francesco Cossiga", "Cossiga", "Arnaldo Forlani", "Forlani", "Giovanni Spadolini",
    "Spadolini", "Amintore Fanfani", "Fanfani", "Bettino Craxi", "Craxi", "Giovanni Goria",
    "Ciriaco De Mita", "De Mita", "Giulio Andreotti", "Andreotti", "Giuliano Amato",
    "Carlo Azeglio Ciampi", "Ciampi", "Silvio Berlusconi", "Berlusconi", "Lamberto Dini",
    "Massimo D'Alema", "D'Alema", "Mario Monti", "Monti", "Enrico Letta", "Matteo Renzi", "Renzi",
    "Paolo Gentiloni", "Gentiloni", "Giuseppe Conte", "Giorgia Meloni", "Meloni", "Sandro Pertini",
    "Pertini", "Oscar Luigi Scalfaro", "Scalfaro", "Giorgio Napolitano", "Napolitano",
    "Sergio Mattarella", "Mattarella",
    -- ministers, negotiators, central bankers, legislators
    "Renato Ruggiero", "Ruggiero", "Antonio Tajani", "Tajani", "Giancarlo Giorgetti", "Giorgetti",
    "Adolfo Urso", "Giulio Tremonti", "Tremonti",
    -- ministries, agencies, legislatures, parties
    "Bank of Italy", "Banca d'Italia",
  },

  -- Liechtenstein
  LIE = {
    -- names, adjectives and demonyms
    "Liechtenstein",
    -- capitals and seats of government
    "Vaduz",
  },

  -- Lithuania
  LTU = {
    -- names, adjectives and demonyms
    "Lithuania", "Lithuanian(s)?",
    -- capitals and seats of government
    "Vilnius",
  },

  -- Luxembourg
  LUX = {
    -- names, adjectives and demonyms
    "Luxembourg", "Luxembourger(s)?", "Luxemburg",
    -- heads of state and government
    "Xavier Bettel", "Bettel", "Luc Frieden",
  },

  -- Latvia
  LVA = {
    -- names, adjectives and demonyms
    "Latvia", "Latvian(s)?",
    -- capitals and seats of government
    "Riga",
  },

  -- Monaco
  MCO = {
    -- names, adjectives and demonyms
    "Monaco", "Monegasque",
  },

  -- Malta
  MLT = {
    -- names, adjectives and demonyms
    "Malta", "Maltese",
    -- capitals and seats of government
    "Valletta",
  },

  -- Netherlands
  NLD = {
    -- names, adjectives and demonyms
    "Netherlands", "Dutch", "Holland", "Kingdom of the Netherlands",
    -- capitals and seats of government
    "The Hague",
    -- heads of state and government
    "Dries van Agt", "Ruud Lubbers", "Lubbers", "Wim Kok", "Jan Peter Balkenende", "Balkenende",
    "Mark Rutte", "Rutte", "Dick Schoof", "Queen Beatrix", "King Willem-Alexander",
    -- ministers, negotiators, central bankers, legislators
    "Gerrit Zalm", "Wopke Hoekstra", "Hoekstra", "Jeroen Dijsselbloem", "Dijsselbloem",
    -- ministries, agencies, legislatures, parties
    "De Nederlandsche Bank", "Dutch central bank",
  },

  -- Norway
  NOR = {
    -- names, adjectives and demonyms
    "Norway", "Norwegian(s)?",
    -- capitals and seats of government
    "Oslo",
    -- heads of state and government
    "Kare Willoch", "Willoch", "Gro Harlem Brundtland", "Brundtland", "Jan Syse",
    "Thorbjorn Jagland", "Kjell Magne Bondevik", "Bondevik", "Jens Stoltenberg", "Erna Solberg",
    "Solberg", "Jonas Gahr Store",
    -- ministries, agencies, legislatures, parties
    "Norges Bank", "Storting",
  },

  -- Poland
  POL = {
    -- names, adjectives and demonyms
    "Poland", "=Polish", "=Poles",
    -- capitals and seats of government
    "Warsaw",
    -- heads of state and government
    "Wojciech Jaruzelski", "Jaruzelski", "Lech Walesa", "Walesa", "Tadeusz Mazowiecki",
    "Aleksander Kwasniewski", "Kwasniewski", "Lech Kaczynski", "Jaroslaw Kaczynski", "Kaczynski",
    "Donald Tusk", "=Tusk", "Andrzej Duda", "Duda", "Beata Szydlo", "Mateusz Morawiecki",
    "Morawiecki", "Karol Nawrocki", "Nawrocki",
    -- ministers, negotiators, central bankers, legislators
    "Leszek Balcerowicz", "Balcerowicz",
    -- ministries, agencies, legislatures, parties
    "Sejm", "National Bank of Poland",
  },

  -- Portugal
  PRT = {
    -- names, adjectives and demonyms
    "Portugal", "Portuguese",
    -- capitals and seats of government
    "Lisbon", "Sao Bento",
    -- heads of state and government
    "Mario Soares", "Anibal Cavaco Silva", "Cavaco Silva", "Jose Socrates", "Pedro Passos Coelho",
    "Passos Coelho", "Marcelo Rebelo de Sousa",
  },

  -- Romania
  ROU = {
    -- names, adjectives and demonyms
    "Romania", "Romanian(s)?", "Rumania", "Rumanian(s)?",
    -- capitals and seats of government
    "Bucharest",
    -- heads of state and government
    "Nicolae Ceausescu", "Ceausescu", "Ion Iliescu", "Iliescu", "Traian Basescu", "Klaus Iohannis",
    "Iohannis", "Nicusor Dan",
  },

  -- San Marino
  SMR = {
    -- names, adjectives and demonyms
    "San Marino", "Sammarinese",
  },

  -- Serbia
  -- "Belgrade" was the capital of Yugoslavia (YUG) as well: resolve by date
  SRB = {
    -- names, adjectives and demonyms
    "Serbia", "Serbian(s)?", "Serb(s)?", "Serbia and Montenegro",
    -- capitals and seats of government
    "Belgrade",
    -- heads of state and government
    "Aleksandar Vucic", "Vucic", "Boris Tadic", "Vojislav Kostunica", "Zoran Djindjic",
  },

  -- Slovakia
  SVK = {
    -- names, adjectives and demonyms
    "Slovakia", "Slovak(s)?", "Slovakian(s)?", "Slovak Republic",
    -- capitals and seats of government
    "Bratislava",
    -- heads of state and government
    "Vladimir Meciar", "Meciar", "Robert Fico", "Fico", "Mikulas Dzurinda",
  },

  -- Slovenia
  SVN = {
    -- names, adjectives and demonyms
    "Slovenia", "Slovenian(s)?", "Slovene(s)?",
    -- capitals and seats of government
    "Ljubljana",
  },

  -- Sweden
  SWE = {
    -- names, adjectives and demonyms
    "Sweden", "Swedish", "=Swedes",
    -- capitals and seats of government
    "Stockholm", "Rosenbad",
    -- heads of state and government
    "Thorbjorn Falldin", "Olof Palme", "Palme", "Ingvar Carlsson", "Carl Bildt", "Bildt",
    "Goran Persson", "Fredrik Reinfeldt", "Reinfeldt", "Stefan Lofven", "Lofven",
    "Magdalena Andersson", "Ulf Kristersson", "Kristersson",
    -- ministries, agencies, legislatures, parties
    "Riksbank", "Riksdag",
  },

  -- Holy See
  VAT = {
    -- names, adjectives and demonyms
    "Holy See", "Vatican", "Vatican City",
  },

  -- Yugoslavia
  -- Yugoslavia (1945-1992) and the Federal Republic of Yugoslavia (1992-2003)
  YUG = {
    -- names, adjectives and demonyms
    "Yugoslavia", "Yugoslav(s)?", "Yugoslavian(s)?", "Federal Republic of Yugoslavia",
    "Socialist Federal Republic of Yugoslavia",
    -- heads of state and government
    "Josip Broz Tito", "Tito", "Milka Planinc", "Branko Mikulic", "Ante Markovic",
    "Slobodan Milosevic", "Milosevic",
  },

  -- Former Soviet Union and the Balkans =========================================================

  -- Albania
  ALB = {
    -- names, adjectives and demonyms
    "Albania", "Albanian(s)?",
    -- capitals and seats of government
    "Tirana",
    -- heads of state and government
    "Enver Hoxha", "Ramiz Alia", "Sali Berisha", "Edi Rama",
  },

  -- Andorra
  AND = {
    -- names, adjectives and demonyms
    "Andorra", "Andorran(s)?",
    -- capitals and seats of government
    "Andorra la Vella",
  },

  -- Armenia
  ARM = {
    -- names, adjectives and demonyms
    "Armenia", "Armenian(s)?",
    -- capitals and seats of government
    "Yerevan",
    -- heads of state and government
    "Nikol Pashinyan", "Pashinyan", "Serzh Sargsyan",
  },

  -- Azerbaijan
  AZE = {
    -- names, adjectives and demonyms
    "Azerbaijan", "Azerbaijani(s)?", "Azeri(s)?",
    -- capitals and seats of government
    "Baku",
    -- heads of state and government
    "Heydar Aliyev", "Ilham Aliyev", "Aliyev",
  },

  -- Bosnia and Herzegovina
  BIH = {
    -- names, adjectives and demonyms
    "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Bosnian(s)?",
    -- capitals and seats of government
    "Sarajevo",
  },

  -- Belarus
  BLR = {
    -- names, adjectives and demonyms
    "Belarus", "Belarusian(s)?", "Belarussian(s)?", "Byelorussia", "Byelorussian(s)?",
    -- capitals and seats of government
    "Minsk",
    -- heads of state and government
    "Alexander Lukashenko", "Alyaksandr Lukashenka", "Lukashenko", "Lukashenka",
  },

  -- Georgia
  -- "Georgia" and "Georgian" are left out: in English news they are as often
  -- the U.S. state; the capital and the full names are kept.
  GEO = {
    -- names, adjectives and demonyms
    "Republic of Georgia",
    -- capitals and seats of government
    "Tbilisi",
    -- heads of state and government
    "Mikheil Saakashvili", "Saakashvili", "Bidzina Ivanishvili", "Ivanishvili",
    "Irakli Kobakhidze",
  },

  -- Kazakhstan
  KAZ = {
    -- names, adjectives and demonyms
    "Kazakhstan", "Kazakh(s)?", "Kazakhstani(s)?",
    -- capitals and seats of government
    "Astana", "Nur-Sultan", "Almaty", "Alma-Ata",
    -- heads of state and government
    "Nursultan Nazarbayev", "Nazarbayev", "Kassym-Jomart Tokayev", "Tokayev",
  },

  -- Kyrgyzstan
  KGZ = {
    -- names, adjectives and demonyms
    "Kyrgyzstan", "Kyrgyz", "Kyrgyz Republic", "Kirghizia", "Kirgizia",
    -- capitals and seats of government
    "Bishkek",
  },

  -- Moldova
  MDA = {
    -- names, adjectives and demonyms
    "Moldova", "Moldovan(s)?", "Republic of Moldova",
    -- capitals and seats of government
    "Chisinau",
    -- heads of state and government
    "Maia Sandu",
  },

  -- North Macedonia
  -- "Macedonia" is the state in news (before and after the 2019 renaming);
  -- the Greek region is rarely an actor.
  MKD = {
    -- names, adjectives and demonyms
    "North Macedonia", "Macedonia", "Macedonian(s)?", "FYROM",
    "Former Yugoslav Republic of Macedonia",
    -- capitals and seats of government
    "Skopje",
  },

  -- Montenegro
  MNE = {
    -- names, adjectives and demonyms
    "Montenegro", "Montenegrin(s)?",
    -- capitals and seats of government
    "Podgorica",
  },

  -- Russia
  -- "Moscow" is listed here; for texts dated before 1992 it means the Soviet
  -- Union: the caller resolves RUS/SUN (and "Kremlin", listed under SUN) by
  -- the document's date.
  RUS = {
    -- names, adjectives and demonyms
    "Russia", "Russian(s)?", "Russian Federation",
    -- capitals and seats of government
    "Moscow",
    -- heads of state and government
    "Boris Yeltsin", "Yeltsin", "Vladimir Putin", "Putin", "Dmitry Medvedev", "Dmitri Medvedev",
    "Medvedev", "Yegor Gaidar", "Gaidar", "Viktor Chernomyrdin", "Chernomyrdin",
    "Sergei Kiriyenko", "Kiriyenko", "Yevgeny Primakov", "Primakov", "Sergei Stepashin",
    "Mikhail Kasyanov", "Kasyanov", "Mikhail Fradkov", "Fradkov", "Viktor Zubkov",
    "Mikhail Mishustin", "Mishustin",
    -- ministers, negotiators, central bankers, legislators
    "Andrei Kozyrev", "Kozyrev", "Igor Ivanov", "Sergei Lavrov", "Lavrov", "Alexei Kudrin",
    "Kudrin", "Anton Siluanov", "Siluanov", "Elvira Nabiullina", "Nabiullina", "Maxim Oreshkin",
    "Maxim Reshetnikov", "Denis Manturov", "Manturov", "Anatoly Chubais", "Chubais",
    "Dmitry Peskov", "Peskov", "Kirill Dmitriev", "Yuri Ushakov",
    -- ministries, agencies, legislatures, parties
    "State Duma", "Duma", "Bank of Russia", "Central Bank of Russia", "Federation Council",
    "Liberal Democratic Party of Russia",
  },

  -- Soviet Union
  -- the USSR (to December 1991); see RUS for "Moscow"
  SUN = {
    -- names, adjectives and demonyms
    "Soviet Union", "Soviet(s)?", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics",
    -- capitals and seats of government
    "Kremlin",
    -- heads of state and government
    "Leonid Brezhnev", "Brezhnev", "Yuri Andropov", "Andropov", "Konstantin Chernenko",
    "Chernenko", "Mikhail Gorbachev", "Gorbachev", "Nikolai Tikhonov", "Nikolai Ryzhkov",
    "Ryzhkov", "Valentin Pavlov", "Andrei Gromyko", "Gromyko",
    -- ministers, negotiators, central bankers, legislators
    "Eduard Shevardnadze", "Shevardnadze", "Nikolai Patolichev", "Patolichev", "Boris Aristov",
    "Konstantin Katushev", "Vsevolod Murakhovsky", "Murakhovsky", "Nikolai Talyzin",
    -- ministries, agencies, legislatures, parties
    "Gosplan", "Gosagroprom", "Supreme Soviet",
  },

  -- Tajikistan
  TJK = {
    -- names, adjectives and demonyms
    "Tajikistan", "Tajik(s)?", "Tadzhikistan",
    -- capitals and seats of government
    "Dushanbe",
    -- heads of state and government
    "Emomali Rahmon",
  },

  -- Turkmenistan
  TKM = {
    -- names, adjectives and demonyms
    "Turkmenistan", "Turkmen",
    -- capitals and seats of government
    "Ashgabat", "Ashkhabad",
  },

  -- Ukraine
  UKR = {
    -- names, adjectives and demonyms
    "Ukraine", "Ukrainian(s)?",
    -- capitals and seats of government
    "Kiev", "Kyiv",
    -- heads of state and government
    "Leonid Kravchuk", "Kravchuk", "Leonid Kuchma", "Kuchma", "Viktor Yushchenko", "Yushchenko",
    "Viktor Yanukovych", "Yanukovych", "Petro Poroshenko", "Poroshenko", "Volodymyr Zelensky",
    "Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskyy",
    "Yulia Tymoshenko", "Tymoshenko", "Arseniy Yatsenyuk", "Denys Shmyhal", "Shmyhal",
    "Yulia Svyrydenko", "Svyrydenko",
    -- ministries, agencies, legislatures, parties
    "Verkhovna Rada", "National Bank of Ukraine",
  },

  -- Uzbekistan
  UZB = {
    -- names, adjectives and demonyms
    "Uzbekistan", "Uzbek(s)?",
    -- capitals and seats of government
    "Tashkent",
    -- heads of state and government
    "Islam Karimov", "Karimov", "Shavkat Mirziyoyev", "Mirziyoyev",
  },

  -- Kosovo
  -- not an ISO 3166 code: XKX is the user-assigned code the EU and IMF use
  XKX = {
    -- names, adjectives and demonyms
    "Kosovo", "Kosovar(s)?",
    -- capitals and seats of government
    "Pristina", "Prishtina",
  },

  -- East Asia ===================================================================================

  -- China
  -- The government and state bodies of the People's Republic; state-owned
  -- companies (COFCO, Sinograin, Sinopec) are not listed: companies are not
  -- parties. "Xi" alone is kept: in news it is the president.
  CHN = {
    -- names, adjectives and demonyms
    "China", "Chinese", "People's Republic of China", "PRC", "P.R.C.", "Peking", "mainland China",
    "Chinese mainland",
    -- capitals and seats of government
    "Beijing", "Zhongnanhai", "Great Hall of the People",
    -- heads of state and government
    "Hua Guofeng", "Deng Xiaoping", "Hu Yaobang", "Zhao Ziyang", "Li Xiannian", "Yang Shangkun",
    "Jiang Zemin", "Li Peng", "Qiao Shi", "Zhu Rongji", "Hu Jintao", "Wen Jiabao", "Xi Jinping",
    "=Xi", "Li Keqiang", "Li Qiang", "Wang Qishan", "Han Zheng", "Zhao Leji", "Wang Huning",
    "Ding Xuexiang",
    -- trade, commerce and finance ministers, vice premiers for the economy,
    -- negotiators, central bankers, foreign ministers and spokespeople
    "Chen Muhua", "Zheng Tuobin", "Li Lanqing", "Wu Yi", "Shi Guangsheng", "Lu Fuyuan", "Bo Xilai",
    "Chen Deming", "Gao Hucheng", "Zhong Shan", "Wang Wentao", "Li Chenggang", "Long Yongtu",
    "Wang Shouwen", "Yu Jianhua", "Tian Jiyun", "Yao Yilin", "Wang Yang", "Liu He", "He Lifeng",
    "Hu Chunhua", "Zhang Gaoli", "Ma Kai", "Hui Liangyu", "Wang Bingqian", "Liu Zhongli",
    "Xiang Huaicheng", "Jin Renqing", "Xie Xuren", "Lou Jiwei", "Liu Kun", "Lan Fo'an",
    "Dai Xianglong", "Zhou Xiaochuan", "Yi Gang", "Pan Gongsheng", "Wu Xueqian", "Qian Qichen",
    "Tang Jiaxuan", "Li Zhaoxing", "Yang Jiechi", "Wang Yi", "Qin Gang", "Zhao Lijian",
    "Hua Chunying", "Wang Wenbin", "Mao Ning", "Lin Jian", "Guo Jiakun", "Gao Feng", "Shu Jueting",
    "He Yadong", "He Yongqian",
    -- ministries, agencies, legislatures, parties
    "MOFCOM", "Ministry of Commerce of China", "MOFERT", "MOFTEC",
    "Ministry of Foreign Economic Relations and Trade", "State Council",
    "Customs Tariff Commission", "Tariff Commission of the State Council", "NDRC",
    "National Development and Reform Commission", "State Planning Commission",
    "General Administration of Customs", "GACC", "MIIT",
    "Ministry of Industry and Information Technology", "SAMR",
    "State Administration for Market Regulation", "CSRC", "SASAC", "PBOC",
    "People's Bank of China", "National People's Congress", "NPC", "Chinese Communist Party",
    "Communist Party of China", "CCP", "Politburo Standing Committee",
  },

  -- Hong Kong
  HKG = {
    -- names, adjectives and demonyms
    "Hong Kong", "Hongkong", "HKSAR", "Hong Kong Special Administrative Region",
    -- heads of state and government
    "Tung Chee-hwa", "Donald Tsang", "Leung Chun-ying", "Carrie Lam", "John Lee Ka-chiu",
    -- ministries, agencies, legislatures, parties
    "Hong Kong Monetary Authority", "HKMA", "LegCo",
  },

  -- Japan
  -- "MITI" is Japan's ministry (Malaysia's ministry of the same name and
  -- acronym is recognised by "Malaysia(n)" beside it). "Diet" is exact-case.
  JPN = {
    -- names, adjectives and demonyms
    "Japan", "Japanese",
    -- capitals and seats of government
    "Tokyo", "Kasumigaseki", "Nagatacho", "Kantei",
    -- heads of state and government
    "Masayoshi Ohira", "Ohira", "Zenko Suzuki", "Yasuhiro Nakasone", "Nakasone",
    "Noboru Takeshita", "Takeshita", "Sosuke Uno", "Toshiki Kaifu", "Kaifu", "Kiichi Miyazawa",
    "Miyazawa", "Morihiro Hosokawa", "Hosokawa", "Tsutomu Hata", "Tomiichi Murayama", "Murayama",
    "Ryutaro Hashimoto", "Hashimoto", "Keizo Obuchi", "Obuchi", "Yoshiro Mori",
    "Junichiro Koizumi", "Koizumi", "Shinzo Abe", "=Abe", "Yasuo Fukuda", "Fukuda", "Taro Aso",
    "=Aso", "Yukio Hatoyama", "Hatoyama", "Naoto Kan", "Yoshihiko Noda", "Yoshihide Suga", "Suga",
    "Fumio Kishida", "Kishida", "Shigeru Ishiba", "Ishiba", "Sanae Takaichi", "Takaichi",
    "Emperor Hirohito", "Hirohito", "Emperor Akihito", "Akihito", "Emperor Naruhito", "Naruhito",
    -- MITI/METI, finance, foreign and farm ministers, negotiators, BOJ governors
    "Rokusuke Tanaka", "Shintaro Abe", "Sadanori Yamanaka", "Hikosaburo Okonogi", "Keijiro Murata",
    "Hajime Tamura", "Tamura", "Hiroshi Mitsuzuka", "Mitsuzuka", "Eiichi Nakao", "Kabun Muto",
    "Kozo Watanabe", "Hiroshi Kumagai", "Shunpei Tsukahara", "Mitsuo Horiuchi", "Kaoru Yosano",
    "Yosano", "Takashi Fukaya", "Takeo Hiranuma", "Hiranuma", "Shoichi Nakagawa",
    "Toshihiro Nikai", "Nikai", "Akira Amari", "Amari", "Yukio Edano", "Banri Kaieda",
    "Toshimitsu Motegi", "Motegi", "Yoichi Miyazawa", "Yuko Obuchi", "Hiroshige Seko",
    "Isshu Sugawara", "Hiroshi Kajiyama", "Koichi Hagiuda", "Hagiuda", "Yasutoshi Nishimura",
    "Ken Saito", "Yoji Muto", "Ryosei Akazawa", "Akazawa", "Makoto Kuroda", "Masajuro Shiokawa",
    "Sadakazu Tanigaki", "Shunichi Suzuki", "Katsunobu Kato", "Tadashi Kuranari", "Taro Nakayama",
    "Yohei Kono", "Makiko Tanaka", "Yoriko Kawaguchi", "Taro Kono", "Yoshimasa Hayashi",
    "Yoko Kamikawa", "Takeshi Iwaya", "Mutsuki Kato", "Satoshi Sumita", "Yasushi Mieno", "Mieno",
    "Yasuo Matsushita", "Masaru Hayami", "Toshihiko Fukui", "Masaaki Shirakawa", "Shirakawa",
    "Haruhiko Kuroda", "Kazuo Ueda",
    -- ministries, agencies, legislatures, parties
    "MITI", "Ministry of International Trade and Industry", "METI",
    "Ministry of Economy Trade and Industry", "Bank of Japan", "BOJ", "=Diet",
    "Liberal Democratic Party", "LDP", "Japan Fair Trade Commission", "JETRO",
    "Japan External Trade Organization",
  },

  -- South Korea
  -- Plain "Korea"/"Korean" is the Republic of Korea, as news uses it; the
  -- North is named "North Korea(n)", "DPRK", "Pyongyang" (see PRK).
  KOR = {
    -- names, adjectives and demonyms
    "South Korea", "South Korean(s)?", "Korea", "Korean(s)?", "Republic of Korea",
    -- capitals and seats of government
    "Seoul", "Blue House", "Cheong Wa Dae", "Yongsan",
    -- heads of state and government
    "Choi Kyu-hah", "Chun Doo-hwan", "=Chun", "Roh Tae-woo", "=Roh", "Kim Young-sam",
    "Kim Dae-jung", "Roh Moo-hyun", "Lee Myung-bak", "Park Geun-hye", "Moon Jae-in",
    "Yoon Suk-yeol", "=Yoon", "Lee Jae-myung", "Han Duck-soo", "Choi Sang-mok",
    -- ministers, negotiators, central bankers, legislators
    "Rah Woong-bae", "Rah Woon-bae", "Kim Hyun-chong", "Yeo Han-koo", "Yoo Myung-hee",
    "Ahn Duk-geun", "Kim Jung-kwan", "Kim Jong-hoon", "Choo Kyung-ho", "Hong Nam-ki",
    "Kim Dong-yeon", "Koo Yun-cheol", "Cho Hyun", "Chung Eui-yong", "Kang Kyung-wha",
    "Yun Byung-se", "Park Jin", "Rhee Chang-yong", "Lee Ju-yeol",
    -- ministries, agencies, legislatures, parties
    "MOTIE", "Ministry of Trade Industry and Energy", "Korea Fair Trade Commission",
    "National Assembly of Korea",
  },

  -- Macau
  MAC = {
    -- names, adjectives and demonyms
    "Macau", "Macao", "Macanese",
  },

  -- Mongolia
  MNG = {
    -- names, adjectives and demonyms
    "Mongolia", "Mongolian(s)?",
    -- capitals and seats of government
    "Ulaanbaatar", "Ulan Bator",
  },

  -- North Korea
  PRK = {
    -- names, adjectives and demonyms
    "North Korea", "North Korean(s)?", "DPRK", "Democratic People's Republic of Korea",
    -- capitals and seats of government
    "Pyongyang",
    -- heads of state and government
    "Kim Il-sung", "Kim Jong-il", "Kim Jong-un", "Kim Yo-jong",
  },

  -- Taiwan
  -- "Republic of China" is left out: it ends "People's Republic of China"
  -- (CHN) and is rare in news; "Chinese Taipei" is Taiwan's WTO name.
  TWN = {
    -- names, adjectives and demonyms
    "Taiwan", "Taiwanese", "Chinese Taipei", "ROC",
    -- capitals and seats of government
    "Taipei",
    -- heads of state and government
    "Chiang Ching-kuo", "Lee Teng-hui", "Chen Shui-bian", "Ma Ying-jeou", "Tsai Ing-wen", "Tsai",
    "Lai Ching-te", "William Lai", "Yu Kuo-hwa", "Vincent Siew", "Lien Chan", "Frank Hsieh",
    "Su Tseng-chang", "Cho Jung-tai",
    -- ministers, negotiators, central bankers, legislators
    "Wang Mei-hua", "Kung Ming-hsin", "Cheng Li-chiun", "John Deng", "Chao Yao-tung",
    "Perng Fai-nan", "Yang Chin-long",
    -- ministries, agencies, legislatures, parties
    "Board of Foreign Trade", "Executive Yuan", "Legislative Yuan", "Mainland Affairs Council",
    "Central Bank of the Republic of China", "MOEA", "Kuomintang", "KMT", "DPP",
  },

  -- Southeast Asia ==============================================================================

  -- Brunei
  BRN = {
    -- names, adjectives and demonyms
    "Brunei", "Bruneian(s)?", "Brunei Darussalam",
    -- capitals and seats of government
    "Bandar Seri Begawan",
    -- heads of state and government
    "Hassanal Bolkiah", "Bolkiah",
  },

  -- Indonesia
  IDN = {
    -- names, adjectives and demonyms
    "Indonesia", "Indonesian(s)?",
    -- capitals and seats of government
    "Jakarta",
    -- heads of state and government
    "Suharto", "Soeharto", "B.J. Habibie", "Habibie", "Abdurrahman Wahid", "Gus Dur",
    "Megawati Sukarnoputri", "Megawati", "Susilo Bambang Yudhoyono", "Yudhoyono", "Joko Widodo",
    "Jokowi", "Widodo", "Prabowo Subianto", "Prabowo", "Gibran Rakabuming Raka",
    -- ministers, negotiators, central bankers, legislators
    "Rachmat Saleh", "Arifin Siregar", "Ali Wardhana", "Radius Prawiro", "J.B. Sumarlin",
    "Mari Pangestu", "Pangestu", "Gita Wirjawan", "Enggartiasto Lukita", "Muhammad Lutfi",
    "Zulkifli Hasan", "Budi Santoso", "Airlangga Hartarto", "Airlangga", "Sri Mulyani Indrawati",
    "Sri Mulyani", "Purbaya Yudhi Sadewa", "Retno Marsudi",
    -- ministries, agencies, legislatures, parties
    "Bank Indonesia",
  },

  -- Cambodia
  KHM = {
    -- names, adjectives and demonyms
    "Cambodia", "Cambodian(s)?", "Kampuchea", "Kampuchean(s)?",
    -- capitals and seats of government
    "Phnom Penh",
    -- heads of state and government
    "Hun Sen", "Hun Manet", "Norodom Sihanouk", "Sihanouk", "Norodom Sihamoni",
  },

  -- Laos
  LAO = {
    -- names, adjectives and demonyms
    "Laos", "Lao", "Laotian(s)?", "Lao PDR", "Lao People's Democratic Republic",
    -- capitals and seats of government
    "Vientiane",
  },

  -- Myanmar
  MMR = {
    -- names, adjectives and demonyms
    "Myanmar", "Burma", "Burmese",
    -- capitals and seats of government
    "Naypyidaw", "Naypyitaw", "Yangon", "Rangoon",
    -- heads of state and government
    "Ne Win", "Than Shwe", "Thein Sein", "Aung San Suu Kyi", "Suu Kyi", "Min Aung Hlaing",
  },

  -- Malaysia
  MYS = {
    -- names, adjectives and demonyms
    "Malaysia", "Malaysian(s)?",
    -- capitals and seats of government
    "Kuala Lumpur", "Putrajaya",
    -- heads of state and government
    "Hussein Onn", "Mahathir Mohamad", "Mahathir", "Abdullah Ahmad Badawi", "Badawi",
    "Najib Razak", "Najib", "Muhyiddin Yassin", "Muhyiddin", "Ismail Sabri Yaakob",
    "Anwar Ibrahim",
    -- ministers, negotiators, central bankers, legislators
    "Rafidah Aziz", "Rafidah", "Mustapa Mohamed", "Tengku Zafrul Aziz", "Tengku Zafrul", "Zafrul",
    "Azmin Ali", "Daim Zainuddin", "Lim Guan Eng",
    -- ministries, agencies, legislatures, parties
    "Bank Negara", "Bank Negara Malaysia",
  },

  -- Philippines
  PHL = {
    -- names, adjectives and demonyms
    "Philippines", "Philippine", "Filipino(s)?", "Filipina(s)?",
    -- capitals and seats of government
    "Manila", "Malacanang",
    -- heads of state and government
    "Ferdinand Marcos", "Ferdinand Marcos Jr.", "Bongbong Marcos", "Marcos", "Corazon Aquino",
    "Cory Aquino", "Benigno Aquino", "Aquino", "Fidel Ramos", "Joseph Estrada",
    "Gloria Macapagal Arroyo", "Rodrigo Duterte", "Duterte", "Sara Duterte",
    -- ministers, negotiators, central bankers, legislators
    "Jose Concepcion", "Jaime Ongpin", "Mar Roxas", "Ramon Lopez", "Alfredo Pascual",
    "Cristina Roque", "Ralph Recto",
    -- ministries, agencies, legislatures, parties
    "Bangko Sentral", "Bangko Sentral ng Pilipinas",
  },

  -- Singapore
  SGP = {
    -- names, adjectives and demonyms
    "Singapore", "Singaporean(s)?",
    -- heads of state and government
    "Lee Kuan Yew", "Goh Chok Tong", "Lee Hsien Loong", "Lawrence Wong", "Tharman Shanmugaratnam",
    "Tharman",
    -- ministers, negotiators, central bankers, legislators
    "Lim Hng Kiang", "George Yeo", "Chan Chun Sing", "Gan Kim Yong", "Vivian Balakrishnan",
    -- ministries, agencies, legislatures, parties
    "Monetary Authority of Singapore",
  },

  -- Thailand
  THA = {
    -- names, adjectives and demonyms
    "Thailand", "Thai(s)?", "Kingdom of Thailand",
    -- capitals and seats of government
    "Bangkok",
    -- heads of state and government
    "Prem Tinsulanonda", "Chatichai Choonhavan", "Chatichai", "Anand Panyarachun",
    "Suchinda Kraprayoon", "Chuan Leekpai", "Banharn Silpa-archa", "Chavalit Yongchaiyudh",
    "Thaksin Shinawatra", "Thaksin", "Surayud Chulanont", "Samak Sundaravej", "Somchai Wongsawat",
    "Abhisit Vejjajiva", "Abhisit", "Yingluck Shinawatra", "Yingluck", "Prayuth Chan-ocha",
    "Prayut Chan-o-cha", "Prayuth", "Prayut", "Srettha Thavisin", "Srettha",
    "Paetongtarn Shinawatra", "Paetongtarn", "Shinawatra", "Anutin Charnvirakul", "Anutin",
    "King Bhumibol Adulyadej", "Bhumibol", "King Maha Vajiralongkorn", "Vajiralongkorn",
    -- ministers, negotiators, central bankers, legislators
    "Supachai Panitchpakdi", "Supachai", "Jurin Laksanawisit", "Pichai Naripthaphan",
    "Suphajee Suthumpun", "Pichai Chunhavajira",
    -- ministries, agencies, legislatures, parties
    "Bank of Thailand",
  },

  -- Timor-Leste
  TLS = {
    -- names, adjectives and demonyms
    "Timor-Leste", "East Timor", "Timorese",
    -- capitals and seats of government
    "Dili",
    -- heads of state and government
    "Xanana Gusmao", "Jose Ramos-Horta",
  },

  -- Vietnam
  VNM = {
    -- names, adjectives and demonyms
    "Vietnam", "Viet Nam", "Vietnamese", "Socialist Republic of Vietnam",
    -- capitals and seats of government
    "Hanoi",
    -- heads of state and government
    "Le Duan", "Truong Chinh", "Nguyen Van Linh", "Do Muoi", "Le Kha Phieu", "Nong Duc Manh",
    "Nguyen Phu Trong", "To Lam", "Pham Van Dong", "Vo Van Kiet", "Phan Van Khai",
    "Nguyen Tan Dung", "Nguyen Xuan Phuc", "Pham Minh Chinh", "Tran Duc Luong",
    "Nguyen Minh Triet", "Truong Tan Sang", "Tran Dai Quang", "Vo Van Thuong", "Luong Cuong",
    -- ministers, negotiators, central bankers, legislators
    "Vu Huy Hoang", "Tran Tuan Anh", "Nguyen Hong Dien", "Truong Dinh Tuyen",
    -- ministries, agencies, legislatures, parties
    "State Bank of Vietnam",
  },

  -- Oceania =====================================================================================

  -- Australia
  AUS = {
    -- names, adjectives and demonyms
    "Australia", "Australian(s)?", "Commonwealth of Australia",
    -- capitals and seats of government
    "Canberra",
    -- heads of state and government
    "Malcolm Fraser", "Bob Hawke", "Hawke", "Paul Keating", "Keating", "John Howard", "Kevin Rudd",
    "Rudd", "Julia Gillard", "Gillard", "Tony Abbott", "Malcolm Turnbull", "Turnbull",
    "Scott Morrison", "Anthony Albanese", "Albanese",
    -- ministers, negotiators, central bankers, legislators
    "John Dawkins", "Michael Duffy", "John Kerin", "Kerin", "John Button", "Tim Fischer",
    "Alexander Downer", "Mark Vaile", "Vaile", "Simon Crean", "Craig Emerson", "Andrew Robb",
    "Steven Ciobo", "Ciobo", "Simon Birmingham", "Dan Tehan", "Tehan", "Don Farrell",
    "Peter Costello", "Wayne Swan", "Joe Hockey", "Josh Frydenberg", "Frydenberg", "Jim Chalmers",
    "Bill Hayden", "Gareth Evans", "Julie Bishop", "Marise Payne", "Penny Wong",
    -- ministries, agencies, legislatures, parties
    "Reserve Bank of Australia", "Department of Foreign Affairs and Trade", "DFAT", "Austrade",
    "Australian Treasury",
  },

  -- Fiji
  FJI = {
    -- names, adjectives and demonyms
    "Fiji", "Fijian(s)?",
    -- capitals and seats of government
    "Suva",
    -- heads of state and government
    "Frank Bainimarama", "Bainimarama", "Sitiveni Rabuka", "Rabuka",
  },

  -- Micronesia
  -- "Micronesia" is also the island region; in news it is mostly the state.
  FSM = {
    -- names, adjectives and demonyms
    "Federated States of Micronesia", "Micronesia", "Micronesian(s)?",
    -- capitals and seats of government
    "Palikir",
  },

  -- Kiribati
  KIR = {
    -- names, adjectives and demonyms
    "Kiribati", "I-Kiribati",
    -- capitals and seats of government
    "Tarawa", "South Tarawa",
  },

  -- Marshall Islands
  MHL = {
    -- names, adjectives and demonyms
    "Marshall Islands", "Marshallese",
    -- capitals and seats of government
    "Majuro",
  },

  -- Nauru
  NRU = {
    -- names, adjectives and demonyms
    "Nauru", "Nauruan(s)?",
  },

  -- New Zealand
  NZL = {
    -- names, adjectives and demonyms
    "New Zealand", "New Zealander(s)?",
    -- capitals and seats of government
    "Wellington",
    -- heads of state and government
    "Robert Muldoon", "Muldoon", "David Lange", "Geoffrey Palmer", "Jim Bolger", "Bolger",
    "Jenny Shipley", "Helen Clark", "John Key", "Bill English", "Jacinda Ardern", "Ardern",
    "Chris Hipkins", "Hipkins", "Christopher Luxon", "Luxon",
    -- ministers, negotiators, central bankers, legislators
    "Roger Douglas", "Tim Groser", "Groser", "Todd McClay", "McClay", "Nicola Willis",
    "Damien O'Connor",
    -- ministries, agencies, legislatures, parties
    "Reserve Bank of New Zealand",
  },

  -- Palau
  PLW = {
    -- names, adjectives and demonyms
    "Palau", "Palauan(s)?",
    -- capitals and seats of government
    "Ngerulmud",
  },

  -- Papua New Guinea
  PNG = {
    -- names, adjectives and demonyms
    "Papua New Guinea", "Papua New Guinean(s)?", "PNG",
    -- capitals and seats of government
    "Port Moresby",
    -- heads of state and government
    "James Marape", "Marape",
  },

  -- Solomon Islands
  SLB = {
    -- names, adjectives and demonyms
    "Solomon Islands", "Solomon Islander(s)?",
    -- capitals and seats of government
    "Honiara",
  },

  -- Tonga
  TON = {
    -- names, adjectives and demonyms
    "Tonga", "Tongan(s)?",
    -- capitals and seats of government
    "Nuku'alofa",
  },

  -- Tuvalu
  TUV = {
    -- names, adjectives and demonyms
    "Tuvalu", "Tuvaluan(s)?",
    -- capitals and seats of government
    "Funafuti",
  },

  -- Vanuatu
  VUT = {
    -- names, adjectives and demonyms
    "Vanuatu", "Ni-Vanuatu",
    -- capitals and seats of government
    "Port Vila",
  },

  -- Samoa
  WSM = {
    -- names, adjectives and demonyms
    "Samoa", "Samoan(s)?", "Western Samoa",
    -- capitals and seats of government
    "Apia",
  },

  -- South and Central Asia ======================================================================

  -- Afghanistan
  AFG = {
    -- names, adjectives and demonyms
    "Afghanistan", "Afghan(s)?",
    -- capitals and seats of government
    "Kabul",
    -- heads of state and government
    "Babrak Karmal", "Mohammad Najibullah", "Najibullah", "Hamid Karzai", "Karzai", "Ashraf Ghani",
  },

  -- Bangladesh
  BGD = {
    -- names, adjectives and demonyms
    "Bangladesh", "Bangladeshi(s)?",
    -- capitals and seats of government
    "Dhaka", "Dacca",
    -- heads of state and government
    "Ziaur Rahman", "Hussain Muhammad Ershad", "Ershad", "Khaleda Zia", "Sheikh Hasina", "Hasina",
    "Muhammad Yunus",
    -- ministries, agencies, legislatures, parties
    "Bangladesh Bank",
  },

  -- Bhutan
  BTN = {
    -- names, adjectives and demonyms
    "Bhutan", "Bhutanese",
    -- capitals and seats of government
    "Thimphu",
  },

  -- India
  -- "Congress" alone is the U.S. Congress (USA); the Indian party is named
  -- "Congress party" or "Indian National Congress".
  IND = {
    -- names, adjectives and demonyms
    "India", "Indian(s)?", "Republic of India", "Bharat",
    -- capitals and seats of government
    "New Delhi", "Delhi", "South Block", "North Block", "Raisina Hill",
    -- heads of state and government
    "Indira Gandhi", "Rajiv Gandhi", "Gandhi", "V.P. Singh", "Vishwanath Pratap Singh",
    "Chandra Shekhar", "P.V. Narasimha Rao", "Narasimha Rao", "Atal Bihari Vajpayee", "Vajpayee",
    "H.D. Deve Gowda", "Deve Gowda", "I.K. Gujral", "Gujral", "Manmohan Singh", "Narendra Modi",
    "Modi",
    -- ministers, negotiators, central bankers, legislators
    "Pranab Mukherjee", "Yashwant Sinha", "Jaswant Singh", "P. Chidambaram", "Chidambaram",
    "Arun Jaitley", "Jaitley", "Nirmala Sitharaman", "Sitharaman", "Murasoli Maran", "Kamal Nath",
    "Anand Sharma", "Suresh Prabhu", "Piyush Goyal", "Goyal", "Subrahmanyam Jaishankar",
    "S. Jaishankar", "Jaishankar", "Ajit Doval", "Raghuram Rajan", "Shaktikanta Das",
    "Sanjay Malhotra", "Urjit Patel", "Rajesh Agrawal",
    -- ministries, agencies, legislatures, parties
    "Reserve Bank of India", "RBI", "Directorate General of Foreign Trade", "DGFT", "Lok Sabha",
    "Rajya Sabha", "Bharatiya Janata Party", "BJP", "Congress party", "Indian National Congress",
    "NITI Aayog",
  },

  -- Sri Lanka
  LKA = {
    -- names, adjectives and demonyms
    "Sri Lanka", "Sri Lankan(s)?", "Ceylon",
    -- capitals and seats of government
    "Colombo",
    -- heads of state and government
    "J.R. Jayewardene", "Jayewardene", "Ranasinghe Premadasa", "Premadasa",
    "Chandrika Kumaratunga", "Kumaratunga", "Mahinda Rajapaksa", "Gotabaya Rajapaksa", "Rajapaksa",
    "Maithripala Sirisena", "Sirisena", "Ranil Wickremesinghe", "Wickremesinghe",
    "Anura Kumara Dissanayake",
  },

  -- Maldives
  -- the capital "Male" is left out: an English word
  MDV = {
    -- names, adjectives and demonyms
    "Maldives", "Maldivian(s)?",
  },

  -- Nepal
  NPL = {
    -- names, adjectives and demonyms
    "Nepal", "Nepalese", "Nepali(s)?",
    -- capitals and seats of government
    "Kathmandu",
  },

  -- Pakistan
  PAK = {
    -- names, adjectives and demonyms
    "Pakistan", "Pakistani(s)?",
    -- capitals and seats of government
    "Islamabad",
    -- heads of state and government
    "Zia ul-Haq", "Mohammad Zia ul-Haq", "Muhammad Khan Junejo", "Junejo", "Benazir Bhutto",
    "Bhutto", "Nawaz Sharif", "Shehbaz Sharif", "Sharif", "Pervez Musharraf", "Musharraf",
    "Yousaf Raza Gilani", "Gilani", "Asif Ali Zardari", "Zardari", "Imran Khan",
    "Ghulam Ishaq Khan", "Farooq Leghari", "Shahid Khaqan Abbasi",
    -- ministers, negotiators, central bankers, legislators
    "Mahbubul Haq", "Shaukat Aziz", "Ishaq Dar", "Muhammad Aurangzeb", "Abdul Razak Dawood",
    "Razak Dawood", "Jam Kamal Khan", "Miftah Ismail", "Asim Munir",
    -- ministries, agencies, legislatures, parties
    "State Bank of Pakistan",
  },

  -- Middle East and North Africa ================================================================

  -- United Arab Emirates
  ARE = {
    -- names, adjectives and demonyms
    "United Arab Emirates", "UAE", "U.A.E.", "Emirati(s)?",
    -- capitals and seats of government
    "Abu Dhabi",
    -- heads of state and government
    "Sheikh Zayed bin Sultan", "Khalifa bin Zayed", "Mohamed bin Zayed", "Mohammed bin Zayed",
    "MBZ", "Mohammed bin Rashid",
    -- ministers, negotiators, central bankers, legislators
    "Thani bin Ahmed Al Zeyoudi", "Sultan Al Jaber",
  },

  -- Bahrain
  BHR = {
    -- names, adjectives and demonyms
    "Bahrain", "Bahraini(s)?",
    -- capitals and seats of government
    "Manama",
  },

  -- Algeria
  DZA = {
    -- names, adjectives and demonyms
    "Algeria", "Algerian(s)?",
    -- capitals and seats of government
    "Algiers",
    -- heads of state and government
    "Chadli Bendjedid", "Liamine Zeroual", "Abdelaziz Bouteflika", "Bouteflika",
    "Abdelmadjid Tebboune", "Tebboune",
  },

  -- Egypt
  EGY = {
    -- names, adjectives and demonyms
    "Egypt", "Egyptian(s)?", "Arab Republic of Egypt",
    -- capitals and seats of government
    "Cairo",
    -- heads of state and government
    "Anwar Sadat", "Anwar al-Sadat", "Sadat", "Hosni Mubarak", "Mubarak", "Mohamed Morsi",
    "Mohammed Morsi", "Morsi", "Mursi", "Adly Mansour", "Abdel Fattah al-Sisi",
    "Abdel Fattah el-Sisi", "Sisi", "Atef Sedki", "Kamal Ganzouri", "Atef Ebeid", "Ahmed Nazif",
    "Hesham Qandil", "Ibrahim Mahlab", "Sherif Ismail", "Mostafa Madbouly", "Madbouly",
    -- ministers, negotiators, central bankers, legislators
    "Rachid Mohamed Rachid", "Youssef Boutros-Ghali", "Sameh Shoukry", "Badr Abdelatty",
    -- ministries, agencies, legislatures, parties
    "Central Bank of Egypt",
  },

  -- Iran
  IRN = {
    -- names, adjectives and demonyms
    "Iran", "Iranian(s)?", "Islamic Republic of Iran",
    -- capitals and seats of government
    "Tehran", "Teheran",
    -- heads of state and government
    "Ruhollah Khomeini", "Ayatollah Khomeini", "Khomeini", "Ali Khamenei", "Ayatollah Khamenei",
    "Khamenei", "Abolhassan Banisadr", "Akbar Hashemi Rafsanjani", "Rafsanjani",
    "Mohammad Khatami", "Khatami", "Mahmoud Ahmadinejad", "Ahmadinejad", "Hassan Rouhani",
    "Rouhani", "Ebrahim Raisi", "Raisi", "Masoud Pezeshkian", "Pezeshkian", "Mir Hossein Mousavi",
    -- ministers, negotiators, central bankers, legislators
    "Ali Akbar Velayati", "Velayati", "Mohammad Javad Zarif", "Zarif", "Abbas Araghchi",
    "Araghchi", "Hossein Amir-Abdollahian", "Gholamreza Aghazadeh", "Bijan Zanganeh", "Zanganeh",
  },

  -- Iraq
  IRQ = {
    -- names, adjectives and demonyms
    "Iraq", "Iraqi(s)?",
    -- capitals and seats of government
    "Baghdad",
    -- heads of state and government
    "Saddam Hussein", "Saddam", "Ayad Allawi", "Ibrahim al-Jaafari", "Nouri al-Maliki",
    "Haider al-Abadi", "Adel Abdul Mahdi", "Mustafa al-Kadhimi", "Kadhimi",
    "Mohammed Shia al-Sudani",
    -- ministers, negotiators, central bankers, legislators
    "Tariq Aziz",
  },

  -- Israel
  -- "Jerusalem" is left out: its status is disputed and news rarely uses it
  -- for the government.
  ISR = {
    -- names, adjectives and demonyms
    "Israel", "Israeli(s)?", "State of Israel",
    -- heads of state and government
    "Menachem Begin", "Yitzhak Shamir", "Shamir", "Shimon Peres", "Peres", "Yitzhak Rabin",
    "Rabin", "Benjamin Netanyahu", "Netanyahu", "Ehud Barak", "Ariel Sharon", "Ehud Olmert",
    "Olmert", "Naftali Bennett", "Yair Lapid", "Lapid", "Isaac Herzog", "Reuven Rivlin",
    -- ministries, agencies, legislatures, parties
    "Knesset", "Bank of Israel",
  },

  -- Jordan
  -- exact-case "Jordan": not a given name in lower case, and the river
  -- ("Jordan River", "Jordan Valley") is listed in not_actor
  JOR = {
    -- names, adjectives and demonyms
    "=Jordan", "Jordanian(s)?", "Hashemite Kingdom of Jordan",
    -- capitals and seats of government
    "Amman",
    -- heads of state and government
    "King Hussein", "King Abdullah II", "Abdullah II",
  },

  -- Kuwait
  KWT = {
    -- names, adjectives and demonyms
    "Kuwait", "Kuwaiti(s)?",
    -- capitals and seats of government
    "Kuwait City",
  },

  -- Lebanon
  LBN = {
    -- names, adjectives and demonyms
    "Lebanon", "Lebanese",
    -- capitals and seats of government
    "Beirut",
    -- heads of state and government
    "Rafik Hariri", "Saad Hariri", "Hariri", "Najib Mikati", "Michel Aoun", "Joseph Aoun",
    "Nawaf Salam",
  },

  -- Libya
  LBY = {
    -- names, adjectives and demonyms
    "Libya", "Libyan(s)?",
    -- capitals and seats of government
    "Tripoli",
    -- heads of state and government
    "Muammar Gaddafi", "Muammar Qaddafi", "Moammar Gadhafi", "Gaddafi", "Qaddafi", "Gadhafi",
    "Kadhafi",
  },

  -- Morocco
  MAR = {
    -- names, adjectives and demonyms
    "Morocco", "Moroccan(s)?",
    -- capitals and seats of government
    "Rabat",
    -- heads of state and government
    "King Hassan", "Hassan II", "King Mohammed VI", "Mohammed VI", "Aziz Akhannouch",
  },

  -- Oman
  OMN = {
    -- names, adjectives and demonyms
    "Oman", "Omani(s)?", "Sultanate of Oman",
    -- capitals and seats of government
    "Muscat",
    -- heads of state and government
    "Sultan Qaboos", "Qaboos", "Sultan Haitham", "Haitham bin Tariq",
  },

  -- Palestine
  PSE = {
    -- names, adjectives and demonyms
    "Palestine", "Palestinian(s)?", "State of Palestine", "Palestinian Authority",
    "Palestinian National Authority", "Palestine Liberation Organization", "PLO",
    -- capitals and seats of government
    "Ramallah",
    -- heads of state and government
    "Yasser Arafat", "Arafat", "Mahmoud Abbas", "Salam Fayyad",
  },

  -- Qatar
  -- the capital "Doha" is left out: "Doha Round" and "Doha talks" are the WTO
  QAT = {
    -- names, adjectives and demonyms
    "Qatar", "Qatari(s)?",
    -- heads of state and government
    "Sheikh Tamim", "Tamim bin Hamad", "Sheikh Hamad bin Khalifa",
    "Mohammed bin Abdulrahman Al Thani",
  },

  -- Saudi Arabia
  SAU = {
    -- names, adjectives and demonyms
    "Saudi Arabia", "Saudi(s)?", "Saudi Arabian(s)?", "Kingdom of Saudi Arabia",
    -- capitals and seats of government
    "Riyadh",
    -- heads of state and government
    "King Khalid", "King Fahd", "Fahd", "King Salman", "Mohammed bin Salman",
    "Mohammad bin Salman", "MBS",
    -- ministers, negotiators, central bankers, legislators
    "Ahmed Zaki Yamani", "Zaki Yamani", "Yamani", "Hisham Nazer", "Ali al-Naimi", "Ali Naimi",
    "Naimi", "Khalid al-Falih", "Falih", "Abdulaziz bin Salman", "Saud al-Faisal",
    "Faisal bin Farhan", "Mohammed al-Jadaan", "Jadaan", "Majid al-Kassabi",
    -- ministries, agencies, legislatures, parties
    "Saudi Arabian Monetary Authority", "SAMA",
  },

  -- Syria
  SYR = {
    -- names, adjectives and demonyms
    "Syria", "Syrian(s)?", "Syrian Arab Republic",
    -- capitals and seats of government
    "Damascus",
    -- heads of state and government
    "Hafez al-Assad", "Bashar al-Assad", "Assad", "Ahmed al-Sharaa", "Sharaa",
  },

  -- Tunisia
  TUN = {
    -- names, adjectives and demonyms
    "Tunisia", "Tunisian(s)?",
    -- capitals and seats of government
    "Tunis",
    -- heads of state and government
    "Habib Bourguiba", "Bourguiba", "Zine El Abidine Ben Ali", "Ben Ali", "Beji Caid Essebsi",
    "Kais Saied",
  },

  -- Turkey
  -- exact-case "Turkey": the bird is lower case
  TUR = {
    -- names, adjectives and demonyms
    "=Turkey", "Turkiye", "Turkish", "Republic of Turkey",
    -- capitals and seats of government
    "Ankara",
    -- heads of state and government
    "Kenan Evren", "Evren", "Turgut Ozal", "Ozal", "Bulent Ulusu", "Yildirim Akbulut",
    "Mesut Yilmaz", "Suleyman Demirel", "Demirel", "Tansu Ciller", "Ciller", "Necmettin Erbakan",
    "Erbakan", "Bulent Ecevit", "Ecevit", "Ahmet Necdet Sezer", "Abdullah Gul",
    "Recep Tayyip Erdogan", "Tayyip Erdogan", "Erdogan", "Ahmet Davutoglu", "Davutoglu",
    "Binali Yildirim",
    -- ministers, negotiators, central bankers, legislators
    "Mehmet Simsek", "Simsek", "Berat Albayrak", "Albayrak", "Nureddin Nebati", "Ali Babacan",
    "Babacan", "Hakan Fidan", "Mevlut Cavusoglu", "Cavusoglu", "Ruhsar Pekcan", "Mehmet Mus",
    "Omer Bolat", "Zafer Caglayan",
    -- ministries, agencies, legislatures, parties
    "Grand National Assembly of Turkey",
  },

  -- Yemen
  -- North and South Yemen (to 1990) are both given the code of today's Yemen
  YEM = {
    -- names, adjectives and demonyms
    "Yemen", "Yemeni(s)?", "North Yemen", "South Yemen", "Yemen Arab Republic",
    -- capitals and seats of government
    "Sanaa", "Sana'a", "Aden",
    -- heads of state and government
    "Ali Abdullah Saleh", "Abd Rabbuh Mansur Hadi",
  },

  -- Sub-Saharan Africa ==========================================================================

  -- Angola
  AGO = {
    -- names, adjectives and demonyms
    "Angola", "Angolan(s)?",
    -- capitals and seats of government
    "Luanda",
    -- heads of state and government
    "Jose Eduardo dos Santos", "Joao Lourenco",
  },

  -- Burundi
  BDI = {
    -- names, adjectives and demonyms
    "Burundi", "Burundian(s)?",
    -- capitals and seats of government
    "Gitega", "Bujumbura",
  },

  -- Benin
  BEN = {
    -- names, adjectives and demonyms
    "Benin", "Beninese",
    -- capitals and seats of government
    "Porto-Novo",
  },

  -- Burkina Faso
  BFA = {
    -- names, adjectives and demonyms
    "Burkina Faso", "Burkinabe", "Upper Volta",
    -- capitals and seats of government
    "Ouagadougou",
    -- heads of state and government
    "Thomas Sankara", "Blaise Compaore",
  },

  -- Botswana
  BWA = {
    -- names, adjectives and demonyms
    "Botswana", "Motswana", "Batswana",
    -- capitals and seats of government
    "Gaborone",
    -- heads of state and government
    "Quett Masire", "Festus Mogae", "Ian Khama", "Mokgweetsi Masisi", "Duma Boko",
  },

  -- Central African Republic
  CAF = {
    -- names, adjectives and demonyms
    "Central African Republic",
    -- capitals and seats of government
    "Bangui",
  },

  -- Cote d'Ivoire
  CIV = {
    -- names, adjectives and demonyms
    "Cote d'Ivoire", "Ivory Coast", "Ivorian(s)?",
    -- capitals and seats of government
    "Abidjan", "Yamoussoukro",
    -- heads of state and government
    "Felix Houphouet-Boigny", "Houphouet-Boigny", "Henri Konan Bedie", "Laurent Gbagbo", "Gbagbo",
    "Alassane Ouattara", "Ouattara",
  },

  -- Cameroon
  CMR = {
    -- names, adjectives and demonyms
    "Cameroon", "Cameroonian(s)?",
    -- capitals and seats of government
    "Yaounde",
    -- heads of state and government
    "Paul Biya", "Biya", "Ahmadou Ahidjo",
  },

  -- Democratic Republic of the Congo
  -- plain "Congo" and "Congolese" are left out: they name both Congos.
  -- Zaire (1971-1997) is the same state: COD.
  COD = {
    -- names, adjectives and demonyms
    "Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC",
    "Congo-Kinshasa", "Zaire", "Zairean(s)?", "Zairian(s)?",
    -- capitals and seats of government
    "Kinshasa",
    -- heads of state and government
    "Mobutu Sese Seko", "Mobutu", "Laurent-Desire Kabila", "Laurent Kabila", "Joseph Kabila",
    "Kabila", "Felix Tshisekedi", "Tshisekedi",
  },

  -- Republic of the Congo
  COG = {
    -- names, adjectives and demonyms
    "Republic of the Congo", "Republic of Congo", "Congo-Brazzaville",
    -- capitals and seats of government
    "Brazzaville",
    -- heads of state and government
    "Denis Sassou Nguesso", "Sassou Nguesso",
  },

  -- Comoros
  COM = {
    -- names, adjectives and demonyms
    "Comoros", "Comorian(s)?",
    -- capitals and seats of government
    "Moroni",
  },

  -- Cabo Verde
  CPV = {
    -- names, adjectives and demonyms
    "Cabo Verde", "Cape Verde", "Cape Verdean(s)?",
  },

  -- Djibouti
  DJI = {
    -- names, adjectives and demonyms
    "Djibouti", "Djiboutian(s)?",
  },

  -- Eritrea
  ERI = {
    -- names, adjectives and demonyms
    "Eritrea", "Eritrean(s)?",
    -- capitals and seats of government
    "Asmara",
    -- heads of state and government
    "Isaias Afwerki",
  },

  -- Ethiopia
  ETH = {
    -- names, adjectives and demonyms
    "Ethiopia", "Ethiopian(s)?",
    -- capitals and seats of government
    "Addis Ababa",
    -- heads of state and government
    "Mengistu Haile Mariam", "Mengistu", "Meles Zenawi", "Meles", "Hailemariam Desalegn",
    "Abiy Ahmed", "Abiy",
  },

  -- Gabon
  GAB = {
    -- names, adjectives and demonyms
    "Gabon", "Gabonese",
    -- capitals and seats of government
    "Libreville",
    -- heads of state and government
    "Omar Bongo", "Ali Bongo", "Brice Oligui Nguema",
  },

  -- Ghana
  GHA = {
    -- names, adjectives and demonyms
    "Ghana", "Ghanaian(s)?",
    -- capitals and seats of government
    "Accra",
    -- heads of state and government
    "Jerry Rawlings", "Rawlings", "John Kufuor", "Kufuor", "John Atta Mills", "John Mahama",
    "Mahama", "Nana Akufo-Addo", "Akufo-Addo",
  },

  -- Guinea
  -- exact-case "Guinea" ("guinea pig", "guinea fowl"); the longer names of
  -- Guinea-Bissau, Equatorial Guinea and Papua New Guinea must win over it
  GIN = {
    -- names, adjectives and demonyms
    "=Guinea", "Guinean(s)?", "Republic of Guinea",
    -- capitals and seats of government
    "Conakry",
    -- heads of state and government
    "Lansana Conte", "Alpha Conde", "Mamady Doumbouya",
  },

  -- Gambia
  GMB = {
    -- names, adjectives and demonyms
    "Gambia", "Gambian(s)?",
    -- capitals and seats of government
    "Banjul",
  },

  -- Guinea-Bissau
  GNB = {
    -- names, adjectives and demonyms
    "Guinea-Bissau", "Bissau-Guinean(s)?",
    -- capitals and seats of government
    "Bissau",
  },

  -- Equatorial Guinea
  GNQ = {
    -- names, adjectives and demonyms
    "Equatorial Guinea", "Equatoguinean(s)?", "Equatorial Guinean(s)?",
    -- capitals and seats of government
    "Malabo",
    -- heads of state and government
    "Teodoro Obiang",
  },

  -- Kenya
  KEN = {
    -- names, adjectives and demonyms
    "Kenya", "Kenyan(s)?",
    -- capitals and seats of government
    "Nairobi",
    -- heads of state and government
    "Daniel arap Moi", "arap Moi", "Mwai Kibaki", "Kibaki", "Uhuru Kenyatta", "Kenyatta",
    "William Ruto", "Ruto",
  },

  -- Liberia
  LBR = {
    -- names, adjectives and demonyms
    "Liberia", "Liberian(s)?",
    -- capitals and seats of government
    "Monrovia",
    -- heads of state and government
    "Samuel Doe", "Ellen Johnson Sirleaf", "Johnson Sirleaf", "George Weah", "Joseph Boakai",
  },

  -- Lesotho
  LSO = {
    -- names, adjectives and demonyms
    "Lesotho", "Basotho",
    -- capitals and seats of government
    "Maseru",
  },

  -- Madagascar
  MDG = {
    -- names, adjectives and demonyms
    "Madagascar", "Malagasy",
    -- capitals and seats of government
    "Antananarivo",
    -- heads of state and government
    "Didier Ratsiraka", "Andry Rajoelina",
  },

  -- Mali
  MLI = {
    -- names, adjectives and demonyms
    "Mali", "Malian(s)?",
    -- capitals and seats of government
    "Bamako",
    -- heads of state and government
    "Moussa Traore", "Amadou Toumani Toure", "Ibrahim Boubacar Keita", "Assimi Goita",
  },

  -- Mozambique
  MOZ = {
    -- names, adjectives and demonyms
    "Mozambique", "Mozambican(s)?",
    -- capitals and seats of government
    "Maputo",
    -- heads of state and government
    "Samora Machel", "Joaquim Chissano", "Chissano", "Armando Guebuza", "Filipe Nyusi",
    "Daniel Chapo",
  },

  -- Mauritania
  MRT = {
    -- names, adjectives and demonyms
    "Mauritania", "Mauritanian(s)?",
    -- capitals and seats of government
    "Nouakchott",
  },

  -- Mauritius
  MUS = {
    -- names, adjectives and demonyms
    "Mauritius", "Mauritian(s)?",
    -- capitals and seats of government
    "Port Louis",
  },

  -- Malawi
  MWI = {
    -- names, adjectives and demonyms
    "Malawi", "Malawian(s)?",
    -- capitals and seats of government
    "Lilongwe",
    -- heads of state and government
    "Hastings Banda", "Hastings Kamuzu Banda", "Bingu wa Mutharika", "Peter Mutharika",
    "Lazarus Chakwera",
  },

  -- Namibia
  NAM = {
    -- names, adjectives and demonyms
    "Namibia", "Namibian(s)?",
    -- capitals and seats of government
    "Windhoek",
    -- heads of state and government
    "Sam Nujoma", "Nujoma", "Hifikepunye Pohamba", "Hage Geingob",
  },

  -- Niger
  -- exact-case "Niger"; the "Niger Delta" is in Nigeria (NGA)
  NER = {
    -- names, adjectives and demonyms
    "=Niger", "Nigerien(s)?", "Republic of Niger",
    -- capitals and seats of government
    "Niamey",
    -- heads of state and government
    "Mahamadou Issoufou", "Mohamed Bazoum", "Abdourahamane Tiani",
  },

  -- Nigeria
  NGA = {
    -- names, adjectives and demonyms
    "Nigeria", "Nigerian(s)?", "Federal Republic of Nigeria", "Niger Delta",
    -- capitals and seats of government
    "Abuja", "Lagos",
    -- heads of state and government
    "Shehu Shagari", "Shagari", "Muhammadu Buhari", "Buhari", "Ibrahim Babangida", "Babangida",
    "Sani Abacha", "Abacha", "Abdulsalami Abubakar", "Olusegun Obasanjo", "Obasanjo",
    "Umaru Yar'Adua", "Yar'Adua", "Goodluck Jonathan", "Bola Tinubu", "Tinubu",
    -- ministers, negotiators, central bankers, legislators
    "Wale Edun", "Godwin Emefiele", "Olayemi Cardoso",
    -- ministries, agencies, legislatures, parties
    "Central Bank of Nigeria",
  },

  -- Rwanda
  RWA = {
    -- names, adjectives and demonyms
    "Rwanda", "Rwandan(s)?",
    -- capitals and seats of government
    "Kigali",
    -- heads of state and government
    "Juvenal Habyarimana", "Paul Kagame", "Kagame",
  },

  -- Sudan
  SDN = {
    -- names, adjectives and demonyms
    "Sudan", "Sudanese",
    -- capitals and seats of government
    "Khartoum",
    -- heads of state and government
    "Jaafar Nimeiri", "Gaafar Nimeiry", "Nimeiri", "Sadiq al-Mahdi", "Omar al-Bashir",
    "Omar Hassan al-Bashir", "Abdel Fattah al-Burhan", "Burhan",
  },

  -- Senegal
  SEN = {
    -- names, adjectives and demonyms
    "Senegal", "Senegalese",
    -- capitals and seats of government
    "Dakar",
    -- heads of state and government
    "Leopold Senghor", "Abdou Diouf", "Diouf", "Abdoulaye Wade", "Macky Sall",
    "Bassirou Diomaye Faye", "Ousmane Sonko",
  },

  -- Sierra Leone
  SLE = {
    -- names, adjectives and demonyms
    "Sierra Leone", "Sierra Leonean(s)?",
    -- capitals and seats of government
    "Freetown",
  },

  -- Somalia
  SOM = {
    -- names, adjectives and demonyms
    "Somalia", "Somali(s)?", "Federal Republic of Somalia",
    -- capitals and seats of government
    "Mogadishu",
    -- heads of state and government
    "Siad Barre",
  },

  -- South Sudan
  SSD = {
    -- names, adjectives and demonyms
    "South Sudan", "South Sudanese",
    -- capitals and seats of government
    "Juba",
    -- heads of state and government
    "Salva Kiir",
  },

  -- Sao Tome and Principe
  STP = {
    -- names, adjectives and demonyms
    "Sao Tome and Principe", "Sao Tome",
  },

  -- Eswatini
  SWZ = {
    -- names, adjectives and demonyms
    "Eswatini", "Swaziland", "Swazi(s)?",
    -- capitals and seats of government
    "Mbabane",
  },

  -- Seychelles
  -- the capital "Victoria" is left out: a common name
  SYC = {
    -- names, adjectives and demonyms
    "Seychelles", "Seychellois",
  },

  -- Chad
  -- "Chad" is left out: a common given name (e.g. trade economists quoted in
  -- news); the demonym, capital and full name are kept.
  TCD = {
    -- names, adjectives and demonyms
    "Chadian(s)?", "Republic of Chad",
    -- capitals and seats of government
    "N'Djamena",
    -- heads of state and government
    "Hissene Habre", "Idriss Deby", "Mahamat Idriss Deby",
  },

  -- Togo
  TGO = {
    -- names, adjectives and demonyms
    "Togo", "Togolese",
    -- capitals and seats of government
    "Lome",
    -- heads of state and government
    "Gnassingbe Eyadema", "Eyadema", "Faure Gnassingbe",
  },

  -- Tanzania
  TZA = {
    -- names, adjectives and demonyms
    "Tanzania", "Tanzanian(s)?", "United Republic of Tanzania",
    -- capitals and seats of government
    "Dodoma", "Dar es Salaam",
    -- heads of state and government
    "Julius Nyerere", "Nyerere", "Ali Hassan Mwinyi", "Benjamin Mkapa", "Jakaya Kikwete",
    "John Magufuli", "Magufuli", "Samia Suluhu Hassan",
  },

  -- Uganda
  UGA = {
    -- names, adjectives and demonyms
    "Uganda", "Ugandan(s)?",
    -- capitals and seats of government
    "Kampala",
    -- heads of state and government
    "Milton Obote", "Obote", "Yoweri Museveni", "Museveni",
  },

  -- South Africa
  ZAF = {
    -- names, adjectives and demonyms
    "South Africa", "South African(s)?", "Republic of South Africa",
    -- capitals and seats of government
    "Pretoria", "Union Buildings",
    -- heads of state and government
    "P.W. Botha", "Pieter Willem Botha", "Pik Botha", "Botha", "F.W. de Klerk", "de Klerk",
    "Nelson Mandela", "Mandela", "Thabo Mbeki", "Mbeki", "Kgalema Motlanthe", "Jacob Zuma", "Zuma",
    "Cyril Ramaphosa", "Ramaphosa",
    -- ministers, negotiators, central bankers, legislators
    "Alec Erwin", "Mandisi Mpahlwa", "Ebrahim Patel", "Parks Tau", "Trevor Manuel",
    "Pravin Gordhan", "Gordhan", "Nhlanhla Nene", "Tito Mboweni", "Mboweni", "Enoch Godongwana",
    "Godongwana", "Lesetja Kganyago", "Ronald Lamola",
    -- ministries, agencies, legislatures, parties
    "South African Reserve Bank", "African National Congress",
  },

  -- Zambia
  ZMB = {
    -- names, adjectives and demonyms
    "Zambia", "Zambian(s)?",
    -- capitals and seats of government
    "Lusaka",
    -- heads of state and government
    "Kenneth Kaunda", "Kaunda", "Frederick Chiluba", "Levy Mwanawasa", "Michael Sata",
    "Edgar Lungu", "Hakainde Hichilema", "Hichilema",
  },

  -- Zimbabwe
  ZWE = {
    -- names, adjectives and demonyms
    "Zimbabwe", "Zimbabwean(s)?",
    -- capitals and seats of government
    "Harare",
    -- heads of state and government
    "Robert Mugabe", "Mugabe", "Emmerson Mnangagwa", "Mnangagwa",
  },

  -- Latin America and the Caribbean =============================================================

  -- Argentina
  ARG = {
    -- names, adjectives and demonyms
    "Argentina", "Argentine(s)?", "Argentinian(s)?", "Argentine Republic",
    -- capitals and seats of government
    "Buenos Aires", "Casa Rosada",
    -- heads of state and government
    "Jorge Videla", "Roberto Viola", "Leopoldo Galtieri", "Galtieri", "Reynaldo Bignone",
    "Raul Alfonsin", "Alfonsin", "Carlos Menem", "Menem", "Fernando de la Rua", "De la Rua",
    "Eduardo Duhalde", "Duhalde", "Nestor Kirchner", "Cristina Fernandez de Kirchner",
    "Cristina Kirchner", "Kirchner", "Mauricio Macri", "Macri", "Alberto Fernandez",
    "Javier Milei", "Milei",
    -- ministers, negotiators, central bankers, legislators
    "Juan Sourrouille", "Sourrouille", "Domingo Cavallo", "Cavallo", "Roberto Lavagna", "Lavagna",
    "Axel Kicillof", "Kicillof", "Sergio Massa", "Luis Caputo", "Gerardo Werthein",
    "Diana Mondino",
    -- ministries, agencies, legislatures, parties
    "Argentine Congress", "Central Bank of Argentina", "Banco Central de la Republica Argentina",
  },

  -- Antigua and Barbuda
  ATG = {
    -- names, adjectives and demonyms
    "Antigua and Barbuda", "Antigua", "Antiguan(s)?",
  },

  -- Bahamas
  BHS = {
    -- names, adjectives and demonyms
    "Bahamas", "Bahamian(s)?",
  },

  -- Belize
  BLZ = {
    -- names, adjectives and demonyms
    "Belize", "Belizean(s)?",
    -- capitals and seats of government
    "Belmopan",
  },

  -- Bolivia
  BOL = {
    -- names, adjectives and demonyms
    "Bolivia", "Bolivian(s)?",
    -- capitals and seats of government
    "La Paz",
    -- heads of state and government
    "Hernan Siles Zuazo", "Victor Paz Estenssoro", "Paz Estenssoro", "Gonzalo Sanchez de Lozada",
    "Sanchez de Lozada", "Evo Morales", "Luis Arce", "Rodrigo Paz Pereira",
  },

  -- Brazil
  BRA = {
    -- names, adjectives and demonyms
    "Brazil", "Brazilian(s)?", "Federative Republic of Brazil",
    -- capitals and seats of government
    "Brasilia", "Planalto", "Itamaraty",
    -- heads of state and government
    "Joao Figueiredo", "Jose Sarney", "Sarney", "Fernando Collor", "Fernando Collor de Mello",
    "Collor", "Itamar Franco", "Fernando Henrique Cardoso", "Luiz Inacio Lula da Silva",
    "Lula da Silva", "Lula", "Dilma Rousseff", "Rousseff", "Dilma", "Michel Temer", "Temer",
    "Jair Bolsonaro", "Bolsonaro",
    -- ministers, negotiators, central bankers, legislators
    "Dilson Funaro", "Funaro", "Luiz Carlos Bresser Pereira", "Bresser Pereira",
    "Mailson da Nobrega", "Zelia Cardoso de Mello", "Pedro Malan", "Antonio Palocci", "Palocci",
    "Guido Mantega", "Mantega", "Joaquim Levy", "Henrique Meirelles", "Meirelles", "Paulo Guedes",
    "Fernando Haddad", "Celso Amorim", "Mauro Vieira", "Ernesto Araujo", "Geraldo Alckmin",
    "Alckmin", "Roberto Campos Neto", "Gabriel Galipolo",
    -- ministries, agencies, legislatures, parties
    "Brazilian Congress", "Central Bank of Brazil", "Banco Central do Brasil",
  },

  -- Barbados
  BRB = {
    -- names, adjectives and demonyms
    "Barbados", "Barbadian(s)?", "Bajan(s)?",
    -- capitals and seats of government
    "Bridgetown",
    -- heads of state and government
    "Mia Mottley", "Mottley",
  },

  -- Chile
  -- exact-case "Chile" (the pepper is "chile" in American English)
  CHL = {
    -- names, adjectives and demonyms
    "=Chile", "Chilean(s)?", "Republic of Chile",
    -- capitals and seats of government
    "Santiago", "La Moneda",
    -- heads of state and government
    "Augusto Pinochet", "Pinochet", "Patricio Aylwin", "Aylwin", "Eduardo Frei",
    "Eduardo Frei Ruiz-Tagle", "Ricardo Lagos", "Michelle Bachelet", "Bachelet",
    "Sebastian Pinera", "Pinera", "Gabriel Boric", "Boric",
    -- ministries, agencies, legislatures, parties
    "Chilean Congress",
  },

  -- Colombia
  COL = {
    -- names, adjectives and demonyms
    "Colombia", "Colombian(s)?",
    -- capitals and seats of government
    "Bogota", "Casa de Narino",
    -- heads of state and government
    "Julio Cesar Turbay", "Belisario Betancur", "Virgilio Barco", "Cesar Gaviria",
    "Ernesto Samper", "Andres Pastrana", "Alvaro Uribe", "Uribe", "Juan Manuel Santos",
    "Ivan Duque", "Gustavo Petro", "Petro",
    -- ministries, agencies, legislatures, parties
    "Colombian Congress",
  },

  -- Costa Rica
  CRI = {
    -- names, adjectives and demonyms
    "Costa Rica", "Costa Rican(s)?",
    -- heads of state and government
    "Oscar Arias", "Rodrigo Chaves",
  },

  -- Cuba
  CUB = {
    -- names, adjectives and demonyms
    "Cuba", "Cuban(s)?",
    -- capitals and seats of government
    "Havana",
    -- heads of state and government
    "Fidel Castro", "Raul Castro", "Castro", "Miguel Diaz-Canel", "Diaz-Canel",
  },

  -- Dominica
  DMA = {
    -- names, adjectives and demonyms
    "Dominica", "Commonwealth of Dominica",
    -- capitals and seats of government
    "Roseau",
  },

  -- Dominican Republic
  DOM = {
    -- names, adjectives and demonyms
    "Dominican Republic", "Dominican(s)?",
    -- capitals and seats of government
    "Santo Domingo",
  },

  -- Ecuador
  ECU = {
    -- names, adjectives and demonyms
    "Ecuador", "Ecuadorian(s)?", "Ecuadorean(s)?",
    -- capitals and seats of government
    "Quito",
    -- heads of state and government
    "Leon Febres Cordero", "Febres Cordero", "Rafael Correa", "Correa", "Lenin Moreno",
    "Guillermo Lasso", "Daniel Noboa", "Noboa",
  },

  -- Grenada
  GRD = {
    -- names, adjectives and demonyms
    "Grenada", "Grenadian(s)?",
    -- capitals and seats of government
    "St. George's",
  },

  -- Guatemala
  GTM = {
    -- names, adjectives and demonyms
    "Guatemala", "Guatemalan(s)?",
    -- capitals and seats of government
    "Guatemala City",
  },

  -- Guyana
  -- the capital "Georgetown" is left out (Georgetown University, Washington)
  GUY = {
    -- names, adjectives and demonyms
    "Guyana", "Guyanese",
    -- heads of state and government
    "Irfaan Ali", "Bharrat Jagdeo", "Jagdeo",
  },

  -- Honduras
  HND = {
    -- names, adjectives and demonyms
    "Honduras", "Honduran(s)?",
    -- capitals and seats of government
    "Tegucigalpa",
  },

  -- Haiti
  HTI = {
    -- names, adjectives and demonyms
    "Haiti", "Haitian(s)?",
    -- capitals and seats of government
    "Port-au-Prince",
    -- heads of state and government
    "Jean-Claude Duvalier", "Duvalier", "Jean-Bertrand Aristide", "Aristide",
  },

  -- Jamaica
  -- the capital "Kingston" is left out (Kingston upon Thames, Ontario)
  JAM = {
    -- names, adjectives and demonyms
    "Jamaica", "Jamaican(s)?",
    -- heads of state and government
    "Edward Seaga", "Seaga", "Michael Manley", "P.J. Patterson", "Andrew Holness", "Holness",
  },

  -- Saint Kitts and Nevis
  KNA = {
    -- names, adjectives and demonyms
    "Saint Kitts and Nevis", "St. Kitts and Nevis", "St Kitts and Nevis", "Saint Kitts",
    "St. Kitts", "St Kitts", "Kittitian(s)?",
    -- capitals and seats of government
    "Basseterre",
  },

  -- Saint Lucia
  LCA = {
    -- names, adjectives and demonyms
    "Saint Lucia", "St. Lucia", "St Lucia", "Saint Lucian(s)?",
    -- capitals and seats of government
    "Castries",
  },

  -- Nicaragua
  NIC = {
    -- names, adjectives and demonyms
    "Nicaragua", "Nicaraguan(s)?",
    -- capitals and seats of government
    "Managua",
    -- heads of state and government
    "Daniel Ortega", "Violeta Chamorro",
    -- ministries, agencies, legislatures, parties
    "Sandinista(s)?",
  },

  -- Panama
  PAN = {
    -- names, adjectives and demonyms
    "Panama", "Panamanian(s)?",
    -- capitals and seats of government
    "Panama City",
    -- heads of state and government
    "Manuel Noriega", "Noriega", "Martin Torrijos", "Ricardo Martinelli", "Laurentino Cortizo",
    "Jose Raul Mulino", "Mulino",
  },

  -- Peru
  PER = {
    -- names, adjectives and demonyms
    "Peru", "Peruvian(s)?",
    -- capitals and seats of government
    "=Lima",
    -- heads of state and government
    "Fernando Belaunde Terry", "Belaunde", "Alan Garcia", "Alberto Fujimori", "Fujimori",
    "Alejandro Toledo", "Ollanta Humala", "Humala", "Pedro Pablo Kuczynski", "Martin Vizcarra",
    "Vizcarra", "Pedro Castillo", "Dina Boluarte", "Boluarte", "Jose Jeri",
    -- ministries, agencies, legislatures, parties
    "Peruvian Congress",
  },

  -- Paraguay
  PRY = {
    -- names, adjectives and demonyms
    "Paraguay", "Paraguayan(s)?",
    -- capitals and seats of government
    "Asuncion",
    -- heads of state and government
    "Alfredo Stroessner", "Stroessner", "Fernando Lugo", "Horacio Cartes", "Mario Abdo Benitez",
    "Santiago Pena",
  },

  -- El Salvador
  SLV = {
    -- names, adjectives and demonyms
    "El Salvador", "Salvadoran(s)?", "Salvadorean(s)?",
    -- capitals and seats of government
    "San Salvador",
    -- heads of state and government
    "Jose Napoleon Duarte", "Alfredo Cristiani", "Nayib Bukele", "Bukele",
  },

  -- Suriname
  SUR = {
    -- names, adjectives and demonyms
    "Suriname", "Surinam", "Surinamese",
    -- capitals and seats of government
    "Paramaribo",
  },

  -- Trinidad and Tobago
  TTO = {
    -- names, adjectives and demonyms
    "Trinidad and Tobago", "Trinidad", "Trinidadian(s)?", "Tobago",
    -- capitals and seats of government
    "Port of Spain",
  },

  -- Uruguay
  -- "Uruguay Round" (GATT, 1986-1994) is in not_actor and must win
  URY = {
    -- names, adjectives and demonyms
    "Uruguay", "Uruguayan(s)?",
    -- capitals and seats of government
    "Montevideo",
    -- heads of state and government
    "Julio Maria Sanguinetti", "Sanguinetti", "Luis Alberto Lacalle", "Luis Lacalle Pou",
    "Lacalle Pou", "Jorge Batlle", "Tabare Vazquez", "Jose Mujica", "Mujica", "Yamandu Orsi",
  },

  -- Saint Vincent and the Grenadines
  VCT = {
    -- names, adjectives and demonyms
    "Saint Vincent and the Grenadines", "St. Vincent and the Grenadines",
    "St Vincent and the Grenadines", "Saint Vincent", "St. Vincent", "St Vincent",
    "Vincentian(s)?",
  },

  -- Venezuela
  VEN = {
    -- names, adjectives and demonyms
    "Venezuela", "Venezuelan(s)?", "Bolivarian Republic of Venezuela",
    -- capitals and seats of government
    "Caracas",
    -- heads of state and government
    "Luis Herrera Campins", "Jaime Lusinchi", "Lusinchi", "Carlos Andres Perez", "Rafael Caldera",
    "Hugo Chavez", "Chavez", "Nicolas Maduro", "Maduro", "Juan Guaido", "Guaido",
    "Delcy Rodriguez", "Edmundo Gonzalez",
  },
}

-- Phrases that hold an actor phrase but name no party: regions and
-- peoples, seas and rivers, negotiating rounds, treaties and exchanges
-- named after a place, groupings with "Community", "Common Market" or
-- "Commission" in their names, companies and newspapers named after a
-- state (a start, not a register of companies). A rule set that uses
-- "actor" lets these win over the actor phrases inside them (by
-- leftmost-longest match, or as an `unless`), so that "the Uruguay Round"
-- is not Uruguay and "Latin America" is not the United States.
words "not_actor" {
  -- regions and peoples whose names hold a state's name or adjective
  "Latin America(n)?", "South America(n)?", "North America(n)?", "Central America(n)?",
  "Pan-American", "Inter-American", "Organization of American States", "American Samoa",
  "Native American(s)?", "African American(s)?", "Asian American(s)?", "American Indian(s)?",
  "New Mexico", "New Mexican(s)?", "West Indian(s)?", "New Guinea", "Korean Peninsula",
  "Korean War", "Eastern Europe(an)?", "Western Europe(an)?", "Central Europe(an)?",
  "Southern Europe(an)?", "Northern Europe(an)?", "Central and Eastern Europe(an)?",
  "Council of Europe", "European Free Trade Association",
  "European Bank for Reconstruction and Development", "European Space Agency",
  -- seas, rivers and other places
  "South China Sea", "East China Sea", "Sea of Japan", "Gulf of Mexico", "Gulf of Thailand",
  "Gulf of Guinea", "Indian Ocean", "Irish Sea", "Niger River", "Jordan River", "Jordan Valley",
  -- negotiating rounds, treaties, clubs and exchanges named after a place
  "Uruguay Round", "Tokyo Round", "Treaty of Rome", "Rome Statute", "Lisbon Treaty",
  "Treaty of Lisbon", "Lome Convention", "Yaounde Convention", "Berne Convention",
  "Vienna Convention", "Warsaw Pact", "Helsinki Final Act", "Helsinki Accords", "Oslo Accords",
  "Minsk agreements", "Havana Charter", "Paris Club", "Paris Agreement", "London Club",
  "Washington Consensus", "Lima Group", "London Metal Exchange", "London Stock Exchange",
  "Tokyo Stock Exchange", "Tokyo Commodity Exchange",
  -- groupings whose names hold "Community", "Common Market", "Commission" or "Congress"
  "Economic Community of West African States", "East African Community", "Andean Community",
  "Caribbean Community", "Southern African Development Community", "Southern Common Market",
  "Common Market for Eastern and Southern Africa", "Central American Common Market",
  "Caribbean Common Market", "Fair Trade Commission", "Planning Commission", "Tariff Commission",
  "Trade Commission", "Economic Commission for Europe", "Economic Commission for Latin America",
  "Economic Commission for Africa",
  -- companies whose names hold a state's name
  "Bank of America", "American Express", "American Airlines", "Industrial Bank of Japan",
  "Bank of China", "Japan Airlines", "Korean Air", "Air China", "Air France", "Air India",
  "British Airways", "Singapore Airlines", "National Westminster",
  -- newspapers and news agencies
  "Washington Post", "Washington Times", "Japan Times", "China Daily", "South China Morning Post",
  "Korea Herald", "Korea Times", "Times of India", "Indian Express",
}
