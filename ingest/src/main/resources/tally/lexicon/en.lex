# English lexicon of the Tally extractor. Everything language-specific lives here; the extractor
# only knows the section names. Format: "[section]" headers, then one entry a line, "phrase" or
# "phrase -> value". Phrases are matched on words, case-insensitively. A second language is a
# second file with the same sections.

[stopwords]
among amid amidst across toward towards since despite along around beyond within without inside outside near via upon onto
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own said same
she should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves
due owing

# Words before a number that say how sure the text is. Longest phrase wins.
[qualifier]
about -> approximately
around -> approximately
roughly -> approximately
approximately -> approximately
nearly -> approximately
almost -> approximately
some -> approximately
close to -> approximately
an estimated -> approximately
estimated -> approximately
an approximate -> approximately
approximate -> approximately
an average of -> approximately
more than -> at_least
over -> at_least
at least -> at_least
upwards of -> at_least
in excess of -> at_least
no fewer than -> at_least
no less than -> at_least
not less than -> at_least
a minimum of -> at_least
a record -> exact
fewer than -> at_most
less than -> at_most
up to -> at_most
no more than -> at_most
not more than -> at_most
under -> at_most
as many as -> at_most
as high as -> at_most
a maximum of -> at_most
a total of -> exact
# "with only 175 in July", "just 3 made it": the exact count, said to be small; the adverb opens its mention
only -> exact
just -> exact

# Words after a number (and its noun) that qualify it.
[qualifier after]
or more -> at_least
or so -> approximately
plus -> at_least

# Words that may stand between an active verb and its counted object ("killed a total of 12").
[filler]
in total
record
a record
some
an estimated
a total of
for a total of
for a combined total of
# "300 men and 200 women, making a total of 500": the total of the figure before (link rule Continuation)
making a total of
for a grand total of
the
another
a further
an additional
a combined
at a rate of
# "arrested and charged 45 people": a second verb of what followed the arrest, the count still the first verb's object
and charged
and later charged
and prosecuted

# Head nouns after a number. A metric name counts by itself ("15,273 homicides"); "person" and
# "migrant" need a verb ("were killed", "came"); "lives" needs a verb from [lives verb].
[noun]
# Records of a count: what they count is the statistic the article is counting ("85 cases" after
# kidnappings), unless a phrase below says it ("105 cases of homicide").
cases -> record
reported cases -> record
reports -> record
complaints -> record
applications -> record
cases of homicide -> deaths
homicide cases -> deaths
murder cases -> deaths
cases of murder -> deaths
kidnapping cases -> kidnappings
cases of kidnapping -> kidnappings
reports of missing persons -> disappearances
reports of missing individuals -> disappearances
reports of missing people -> disappearances
cases of disappeared -> disappearances
cases of disappearance -> disappearances
cases of enforced disappearance -> disappearances
disappeared persons -> disappearances
disappeared people -> disappearances
guerrillas -> person
guerrilla -> person
gunmen -> person
attackers -> person
assailants -> person
hitmen -> person
paramilitaries -> person
jihadists -> person
terrorists -> person
extremists -> person
schoolgirls -> person
schoolboys -> person
schoolchildren -> person
pupils -> person
engineers -> person
foreigners -> person
miners -> person
fishermen -> person
peacekeepers -> person
nurses -> person
clerics -> person
monks -> person
nuns -> person
bystanders -> person
partygoers -> person
congregants -> person
guests -> person
drivers -> person
truckers -> person
campesinos -> person
lawyers -> person
judges -> person
prosecutors -> person
councillors -> person
councilors -> person
lawmakers -> person
legislators -> person
contractors -> person
volunteers -> person
staff -> person
staffers -> person
crew -> person
sailors -> person
pilots -> person
cadets -> person
recruits -> person
conscripts -> person
veterans -> person
shoppers -> person
diners -> person
fans -> person
rohingya -> person
rohingyas -> person
yazidis -> person
kurds -> person
christians -> person
muslims -> person
hindus -> person
jews -> person
shiites -> person
sunnis -> person
uighurs -> person
uyghurs -> person
tutsis -> person
hutus -> person
hazaras -> person
pashtuns -> person
palestinians -> person
israelis -> person
copts -> person
herders -> person
herdsmen -> person
loggers -> person
ranchers -> person
activists -> person
defenders -> person
environmentalists -> person
indigenous people -> person
civil servants -> person
public servants -> person
people -> person
mourners -> person
cops -> person
relatives -> person
aid workers -> person
health workers -> person
humanitarian workers -> person
social leaders -> person
community leaders -> person
gang members -> person
human rights defenders -> person
police agents -> person
federal police -> person
state police -> person
municipal police -> person
security forces -> person
security personnel -> person
personnel -> person
election workers -> person
polling officials -> person
deaths -> deaths
death -> deaths
dead -> deaths
killings -> deaths
killing -> deaths
homicides -> deaths
homicide -> deaths
murders -> deaths
murder -> deaths
# not "casualties": the dead and the wounded together, a count that mixes metrics (realnews guide)
fatalities -> deaths
fatality -> deaths
bodies -> deaths
corpses -> deaths
executions -> deaths
drug-related deaths -> deaths
violent deaths -> deaths
lives -> lives
life -> lives
injuries -> injuries
injured -> injuries
wounded -> injuries
injured people -> injuries
kidnappings -> kidnappings
kidnapping -> kidnappings
abductions -> kidnappings
kidnap victims -> kidnappings
kidnapping victims -> kidnappings
# victims named by the crime that made them are its count, as kidnap victims are ("587 homicide victims")
homicide victims -> deaths
murder victims -> deaths
disappearances -> disappearances
disappeared -> disappearances
missing -> disappearances
missing people -> disappearances
missing persons -> disappearances
arrests -> arrests
detentions -> arrests
migrants -> migrant
migrant -> migrant
immigrants -> migrant
immigrant -> migrant
emigrants -> migrant
asylum seekers -> migrant
asylum-seekers -> migrant
refugees -> migrants
refugee -> migrants
displaced -> migrants
displaced people -> migrants
displaced persons -> migrants
internally displaced people -> migrants
internally displaced persons -> migrants
arrivals -> migrants
# people going back, counted by the agencies that record them ("233,619 total returns from Iran"); after a number the
# noun, not the verb "returns" ("Mexico returns 500 migrants")
returns -> migrants
returnees -> migrants
landings -> migrants
migrant landings -> migrants
disembarkations -> migrants
border crossers -> migrant
crossers -> migrant
border crossings -> migrants
illegal crossings -> migrants
irregular crossings -> migrants
crossings -> migrants
aliens -> migrant
noncitizens -> migrant
non-citizens -> migrant
illegal aliens -> migrant
undocumented -> migrant
unaccompanied minors -> migrant
unaccompanied children -> migrant
family units -> migrant
apprehensions -> apprehensions
encounters -> apprehensions
border apprehensions -> apprehensions
border arrests -> apprehensions
interceptions -> apprehensions
deportations -> deportations
deportation -> deportations
removals -> deportations
deportees -> deportations
repatriations -> deportations
expulsions -> deportations
migrant deaths -> migrant_deaths
migrant drownings -> migrant_deaths
drownings -> migrant_deaths
asylum applications -> asylum_claims
asylum application -> asylum_claims
asylum claim -> asylum_claims
asylum request -> asylum_claims
application for asylum -> asylum_claims
claim for asylum -> asylum_claims
request for asylum -> asylum_claims
asylum claims -> asylum_claims
asylum requests -> asylum_claims
asylum petitions -> asylum_claims
asylum cases -> asylum_claims
applications for asylum -> asylum_claims
requests for asylum -> asylum_claims
claims for asylum -> asylum_claims
asylum bids -> asylum_claims
first-time applicants -> asylum_claims
first-time asylum applicants -> asylum_claims
first-time asylum seekers -> asylum_claims
first asylum applications -> asylum_claims
first applications -> asylum_claims
first-time applications -> asylum_claims
first-time asylum applications -> asylum_claims
persons -> person
person -> person
civilians -> person
civilian -> person
individuals -> person
individual -> person
men -> person
man -> person
women -> person
woman -> person
children -> person
child -> person
minors -> person
kids -> person
boys -> person
girls -> person
teenagers -> person
teens -> person
youths -> person
adults -> person
babies -> person
infants -> person
students -> person
soldiers -> person
troops -> person
servicemen -> person
marines -> person
police -> person
officers -> person
policemen -> person
police officers -> person
agents -> person
guards -> person
journalists -> person
reporters -> person
victims -> person
residents -> person
villagers -> person
farmers -> person
workers -> person
employees -> person
passengers -> person
members -> person
service members -> person
servicemembers -> person
suspects -> person
militants -> person
rebels -> person
fighters -> person
insurgents -> person
combatants -> person
prisoners -> person
inmates -> person
detainees -> person
hostages -> person
protesters -> person
demonstrators -> person
worshippers -> person
pilgrims -> person
tourists -> person
mayors -> person
officials -> person
politicians -> person
candidates -> person
priests -> person
brothers -> person
# Places named after the people in them are things ("the two refugee camps").
refugee camps -> thing
# and so are countries named after the refugees they produce or host ("the top 10 refugee-producing countries").
refugee-producing countries -> thing
refugee-hosting countries -> thing
refugee camp -> thing
migrant camps -> thing
migrant camp -> thing
migrant shelters -> thing
migrant shelter -> thing
migrant centres -> thing
migrant centers -> thing
detention centres -> thing
detention centers -> thing
# Vessels and flights: a count of them counts things ("190 boats", "13 flights"), and a bare count after it goes on
# with them (link.Elliptical).
boats -> thing
vessels -> thing
dinghies -> thing
flights -> thing
planes -> thing
# Things a violent event or a seizure counts ("300 homes destroyed, with a further 120 damaged", "35 firearms,
# 9 of them pistols", "raided two villages, killing five"): a count of them counts no people, and a bare count
# after it goes on with them (link.NoContinuation), as after boats and flights.
houses -> thing
homes -> thing
buildings -> thing
housing units -> thing
shops -> thing
businesses -> thing
vehicles -> thing
cars -> thing
trucks -> thing
lorries -> thing
motorcycles -> thing
motorbikes -> thing
buses -> thing
weapons -> thing
firearms -> thing
guns -> thing
rifles -> thing
pistols -> thing
handguns -> thing
rounds of ammunition -> thing
cartridges -> thing
bullets -> thing
magazines -> thing
grenades -> thing
explosive devices -> thing
bombs -> thing
villages -> thing
schools -> thing
hospitals -> thing
churches -> thing
mosques -> thing
prisons -> thing
checkpoints -> thing
tunnels -> thing
other -> person
medics -> person
paramedics -> person
shopkeepers -> person
traders -> person
vendors -> person
males -> person
females -> person
ladies -> person
elderly -> person
elderly people -> person
collaborators -> person
accomplices -> person
kidnappers -> person
criminals -> person
# armed actors the [armed] list already names: killed or arrested, they are people ("Twelve bandits were killed in a shootout")
bandits -> person
separatists -> person
gangsters -> person
pirates -> person
robbers -> person
hoodlums -> person
thugs -> person
jihadis -> person
sisters -> person
sons -> person
daughters -> person
family members -> person
inhabitants -> person
citizens -> person
nationals -> person
spectators -> person
patients -> person
doctors -> person
teachers -> person
cartel members -> person
alleged cartel members -> person
traffickers -> person
smugglers -> person
others -> person

# Verbs that say what happened to the counted people: verb -> metric for people, metric for
# migrants, and whether it is transitive (an active "12 gunmen killed" then counts the killers,
# not the victims); "displacement" marks people displaced where they live (the place is where
# they are, not where they go). Forms are listed because English morphology is irregular.
[verb]
internally displaced -> migrants migrants transitive displacement
registered as refugees -> migrants migrants transitive
registered as asylum seekers -> asylum_claims asylum_claims transitive
reported disappeared -> disappearances disappearances transitive
reported kidnapped -> kidnappings kidnappings transitive
reported killed -> deaths deaths transitive
lost -> deaths deaths transitive
reported wounded -> injuries injuries transitive
reported injured -> injuries injuries transitive
sustained injuries -> injuries injuries intransitive
sustained serious injuries -> injuries injuries intransitive
sustained gunshot wounds -> injuries injuries intransitive
sustained bullet wounds -> injuries injuries intransitive
suffered gunshot wounds -> injuries injuries intransitive
suffered bullet wounds -> injuries injuries intransitive
left injured -> injuries injuries intransitive
left wounded -> injuries injuries intransitive
sustained varying degrees of injuries -> injuries injuries intransitive
suffered injuries -> injuries injuries intransitive
suffered serious injuries -> injuries injuries intransitive
# the participle after its people ("with a further 11 people suffering injuries")
suffering injuries -> injuries injuries intransitive
suffering serious injuries -> injuries injuries intransitive
sustaining injuries -> injuries injuries intransitive
sustaining serious injuries -> injuries injuries intransitive
succumbed to injuries -> deaths deaths intransitive
succumbed to their injuries -> deaths deaths intransitive
reported abducted -> kidnappings kidnappings transitive
suffocated -> migrant_deaths migrant_deaths intransitive
asphyxiated -> migrant_deaths migrant_deaths intransitive
froze to death -> deaths migrant_deaths intransitive
died of thirst -> migrant_deaths migrant_deaths intransitive
died of dehydration -> migrant_deaths migrant_deaths intransitive
died of exposure -> deaths migrant_deaths intransitive
driven from their homes -> migrants migrants transitive displacement
driven out -> migrants migrants transitive displacement
forced to flee -> migrants migrants transitive displacement
compelled to flee -> migrants migrants transitive displacement
forced to abandon their homes -> migrants migrants transitive displacement
compelled to abandon their homes -> migrants migrants transitive displacement
compelled to abandon their residences -> migrants migrants transitive displacement
forced to leave their homes -> migrants migrants transitive displacement
compelled to leave their homes -> migrants migrants transitive displacement
forced out of their homes -> migrants migrants transitive displacement
filed asylum requests -> asylum_claims asylum_claims intransitive
# Verbs that count only migrants ("-": said of other people they count nothing): present in a country
# ("300,000 Venezuelans live in Chile").
live -> - migrants intransitive
reside -> - migrants intransitive
resides -> - migrants intransitive
living -> - migrants intransitive
are living -> - migrants intransitive
were living -> - migrants intransitive
filed asylum applications -> asylum_claims asylum_claims intransitive
lodged asylum claims -> asylum_claims asylum_claims intransitive
lodged asylum applications -> asylum_claims asylum_claims intransitive
submitted asylum applications -> asylum_claims asylum_claims intransitive
submitted asylum requests -> asylum_claims asylum_claims intransitive
made asylum claims -> asylum_claims asylum_claims intransitive
applied for protection -> asylum_claims asylum_claims intransitive
applied for international protection -> asylum_claims asylum_claims intransitive
sought international protection -> asylum_claims asylum_claims intransitive
requested international protection -> asylum_claims asylum_claims intransitive
sought refuge -> migrants migrants intransitive
found refuge -> migrants migrants intransitive
took to the sea -> migrants migrants intransitive
kidnaps -> kidnappings kidnappings transitive
abducts -> kidnappings kidnappings transitive
# Rescued people count only when rescued at sea and brought ashore (analysis.RescueAtSea; otherwise guard PeopleHelped)
rescued -> migrants migrants transitive
murders -> deaths deaths transitive
wounds -> injuries injuries transitive
injures -> injuries injuries transitive
hacked to death -> deaths deaths transitive
hacked -> deaths deaths transitive
burned alive -> deaths deaths transitive
burnt alive -> deaths deaths transitive
blown up -> deaths deaths transitive
mowed down -> deaths deaths transitive
dies -> deaths migrant_deaths intransitive
drown -> migrant_deaths migrant_deaths intransitive
drowns -> migrant_deaths migrant_deaths intransitive
drowning -> migrant_deaths migrant_deaths intransitive
arrests -> arrests apprehensions transitive
arrest -> arrests apprehensions transitive
detains -> arrests apprehensions transitive
detain -> arrests apprehensions transitive
captures -> arrests apprehensions transitive
capture -> arrests apprehensions transitive
apprehends -> arrests apprehensions transitive
apprehend -> arrests apprehensions transitive
catch -> arrests apprehensions transitive
catches -> arrests apprehensions transitive
catching -> arrests apprehensions transitive
nabbed -> arrests apprehensions transitive
picked up -> arrests apprehensions transitive
intercepts -> apprehensions apprehensions transitive
intercept -> apprehensions apprehensions transitive
deports -> deportations deportations transitive
removes -> deportations deportations transitive
remove -> deportations deportations transitive
expels -> deportations deportations transitive
expel -> deportations deportations transitive
returns -> deportations deportations transitive
sends back -> deportations deportations transitive
flees -> migrants migrants intransitive
crosses -> migrants migrants intransitive
enters -> migrants migrants intransitive
arrives -> migrants migrants intransitive
migrates -> migrants migrants intransitive
listed as missing -> disappearances disappearances transitive
registered as missing -> disappearances disappearances transitive
listed as disappeared -> disappearances disappearances transitive
registered as disappeared -> disappearances disappearances transitive
still missing -> disappearances disappearances intransitive
unaccounted for -> disappearances disappearances intransitive
killed -> deaths deaths transitive
kill -> deaths deaths transitive
kills -> deaths deaths transitive
killing -> deaths deaths transitive
murdered -> deaths deaths transitive
murdering -> deaths deaths transitive
slain -> deaths deaths transitive
slew -> deaths deaths transitive
slaughtered -> deaths deaths transitive
massacred -> deaths deaths transitive
executed -> deaths deaths transitive
executing -> deaths deaths transitive
assassinated -> deaths deaths transitive
beheaded -> deaths deaths transitive
decapitated -> deaths deaths transitive
lynched -> deaths deaths transitive
gunned down -> deaths deaths transitive
martyred -> deaths deaths transitive
shot dead -> deaths deaths transitive
# The gerunds of the verbs of killing above, as "killing" is one (", shooting dead 16 residents", ", displacing 3,000").
shooting dead -> deaths deaths transitive
shooting and killing -> deaths deaths transitive
shooting to death -> deaths deaths transitive
gunning down -> deaths deaths transitive
mowing down -> deaths deaths transitive
hacking to death -> deaths deaths transitive
stabbing to death -> deaths deaths transitive
beating to death -> deaths deaths transitive
burning to death -> deaths deaths transitive
burning alive -> deaths deaths transitive
slaughtering -> deaths deaths transitive
massacring -> deaths deaths transitive
displacing -> migrants migrants transitive displacement
intercepting -> apprehensions apprehensions transitive
shot and killed -> deaths deaths transitive
shot to death -> deaths deaths transitive
stabbed to death -> deaths deaths transitive
burned to death -> deaths deaths transitive
beaten to death -> deaths deaths transitive
found dead -> deaths migrant_deaths transitive
found slain -> deaths deaths transitive
found murdered -> deaths deaths transitive
died -> deaths migrant_deaths intransitive
die -> deaths migrant_deaths intransitive
dying -> deaths migrant_deaths intransitive
perished -> deaths migrant_deaths intransitive
drowned -> migrant_deaths migrant_deaths intransitive
lost their lives -> deaths migrant_deaths intransitive
embraced martyrdom -> deaths deaths intransitive
embraced shahadat -> deaths deaths intransitive
lost their life -> deaths migrant_deaths intransitive
are dead -> deaths migrant_deaths intransitive
confirmed dead -> deaths migrant_deaths intransitive
confirmed killed -> deaths deaths transitive
feared dead -> deaths migrant_deaths intransitive
were dead -> deaths migrant_deaths intransitive
died trying -> migrant_deaths migrant_deaths intransitive
wounded -> injuries injuries transitive
wounding -> injuries injuries transitive
injured -> injuries injuries transitive
injuring -> injuries injuries transitive
hurt -> injuries injuries transitive
hospitalized -> injuries injuries transitive
hospitalised -> injuries injuries transitive
# "four more were rushed to hospital with gunshot wounds": the wounded of an attack, as "hospitalised"
rushed to hospital -> injuries injuries transitive
rushed to the hospital -> injuries injuries transitive
kidnapped -> kidnappings kidnappings transitive
kidnapping -> kidnappings kidnappings transitive
abducted -> kidnappings kidnappings transitive
abducting -> kidnappings kidnappings transitive
seized -> kidnappings kidnappings transitive
taken hostage -> kidnappings kidnappings transitive
held for ransom -> kidnappings kidnappings transitive
disappeared -> disappearances disappearances intransitive
vanished -> disappearances disappearances intransitive
went missing -> disappearances disappearances intransitive
gone missing -> disappearances disappearances intransitive
are missing -> disappearances disappearances intransitive
were missing -> disappearances disappearances intransitive
remain missing -> disappearances disappearances intransitive
remained missing -> disappearances disappearances intransitive
remain unaccounted for -> disappearances disappearances intransitive
reported missing -> disappearances disappearances transitive
forcibly disappeared -> disappearances disappearances transitive
arrested -> arrests apprehensions transitive
arresting -> arrests apprehensions transitive
captured -> arrests apprehensions transitive
capturing -> arrests apprehensions transitive
detained -> arrests apprehensions transitive
detaining -> arrests apprehensions transitive
taken into custody -> arrests apprehensions transitive
rounded up -> arrests apprehensions transitive
apprehended -> arrests apprehensions transitive
apprehending -> arrests apprehensions transitive
caught -> arrests apprehensions transitive
intercepted -> apprehensions apprehensions transitive
stopped -> apprehensions apprehensions transitive
encountered -> apprehensions apprehensions transitive
deported -> deportations deportations transitive
deporting -> deportations deportations transitive
deport -> deportations deportations transitive
removed -> deportations deportations transitive
expelled -> deportations deportations transitive
expelling -> deportations deportations transitive
repatriated -> deportations deportations transitive
repatriating -> deportations deportations transitive
sent back -> deportations deportations transitive
returned -> deportations deportations transitive
flown back -> deportations deportations transitive
came -> migrants migrants intransitive
come -> migrants migrants intransitive
comes -> migrants migrants intransitive
coming -> migrants migrants intransitive
arrived -> migrants migrants intransitive
arrive -> migrants migrants intransitive
arriving -> migrants migrants intransitive
crossed -> migrants migrants intransitive
cross -> migrants migrants intransitive
crossing -> migrants migrants intransitive
entered -> migrants migrants intransitive
enter -> migrants migrants intransitive
entering -> migrants migrants intransitive
migrated -> migrants migrants intransitive
migrate -> migrants migrants intransitive
immigrated -> migrants migrants intransitive
emigrated -> migrants migrants intransitive
emigrate -> migrants migrants intransitive
moved -> migrants migrants intransitive
fled -> migrants migrants intransitive
# Leaving one's country is emigrating ("3.7 million Venezuelans have left their country"), as es.lex's "abandonaron su país"
left their country -> migrants migrants intransitive
abandoned their country -> migrants migrants intransitive
left their homeland -> migrants migrants intransitive
flee -> migrants migrants intransitive
fleeing -> migrants migrants intransitive
landed -> migrants migrants intransitive
landing -> migrants migrants intransitive
made the journey -> migrants migrants intransitive
made the crossing -> migrants migrants intransitive
displaced -> migrants migrants transitive displacement
forced from their homes -> migrants migrants transitive displacement
uprooted -> migrants migrants transitive displacement
smuggled -> migrants migrants transitive
applied for asylum -> asylum_claims asylum_claims intransitive
apply for asylum -> asylum_claims asylum_claims intransitive
sought asylum -> asylum_claims asylum_claims intransitive
seek asylum -> asylum_claims asylum_claims intransitive
requested asylum -> asylum_claims asylum_claims intransitive
asked for asylum -> asylum_claims asylum_claims intransitive
filed for asylum -> asylum_claims asylum_claims intransitive
filed asylum claims -> asylum_claims asylum_claims intransitive
claimed asylum -> asylum_claims asylum_claims intransitive
applied for refugee status -> asylum_claims asylum_claims intransitive

# Verbs that make "lives" a count of deaths ("claimed more than 35,000 lives").
[lives verb]
claimed
claiming
claim
claims
cost
costing
took
taken
taking
lost
ended
snuffed out

# Nouns that count one act each and may stand before "of" + number ("the killing of 72 migrants"):
# metric, then the metric when the victims are migrants on a crossing ("the remains of 171 migrants
# in the desert"); a massacre stays a killing.
[act of]
return of -> migrants migrants
returns of -> migrants migrants
forced displacement of -> migrants migrants
claimed the lives of -> deaths deaths
cost the lives of -> deaths deaths
took the lives of -> deaths deaths
taken the lives of -> deaths deaths
loss of life of -> deaths migrant_deaths
loss of lives of -> deaths migrant_deaths
loss of the lives of -> deaths migrant_deaths
claiming the lives of -> deaths deaths
bodies of -> deaths migrant_deaths
remains of -> deaths migrant_deaths
corpses of -> deaths migrant_deaths
the bodies of -> deaths migrant_deaths
deaths of -> deaths migrant_deaths
death of -> deaths migrant_deaths
killing of -> deaths deaths
killings of -> deaths deaths
murder of -> deaths deaths
murders of -> deaths deaths
massacre of -> deaths deaths
slaying of -> deaths deaths
slayings of -> deaths deaths
execution of -> deaths deaths
kidnapping of -> kidnappings kidnappings
kidnappings of -> kidnappings kidnappings
abduction of -> kidnappings kidnappings
disappearance of -> disappearances disappearances
disappearances of -> disappearances disappearances
arrest of -> arrests arrests
arrests of -> arrests arrests
detention of -> arrests arrests
deportation of -> deportations deportations
deportations of -> deportations deportations
removal of -> deportations deportations
expulsion of -> deportations deportations
repatriation of -> deportations deportations
displacement of -> migrants migrants
arrival of -> migrants migrants
arrivals of -> migrants migrants
apprehension of -> apprehensions apprehensions
apprehensions of -> apprehensions apprehensions

# Nouns of a total that a number may follow after a linking verb ("the death toll rose to 49").
[total noun]
number of people forcibly disappeared -> disappearances
number of people disappeared -> disappearances
number of forcibly disappeared -> disappearances
number of people who disappeared -> disappearances
number of people who died -> deaths
number of people killed -> deaths
number of people dead -> deaths
number of people murdered -> deaths
number of people missing -> disappearances
number of people displaced -> migrants
number of people arrested -> arrests
number of people injured -> injuries
number of people wounded -> injuries
number of people kidnapped -> kidnappings
number of people deported -> deportations
number of those killed -> deaths
number of those murdered -> deaths
number of those injured -> injuries
number of those wounded -> injuries
number of those abducted -> kidnappings
number of those kidnapped -> kidnappings
number of those arrested -> arrests
number of those displaced -> migrants
number of those deported -> deportations
murder count -> deaths
murder toll -> deaths
homicide count -> deaths
homicide toll -> deaths
death count -> deaths
caravan -> migrants
influx -> migrants
exodus -> migrants
immigration -> migrants
illegal immigration -> migrants
unauthorized immigration -> migrants
net migration -> migrants
migration -> migrants
emigration -> migrants
migrant arrivals -> migrants
sea arrivals -> migrants
migrant landings -> migrants
asylum seekers -> asylum_claims
kidnappings -> kidnappings
death toll -> deaths
toll -> deaths
body count -> deaths
number of dead -> deaths
number of deaths -> deaths
number of homicides -> deaths
number of murders -> deaths
number of killings -> deaths
number of victims -> deaths
homicides -> deaths
murders -> deaths
killings -> deaths
deaths -> deaths
fatalities -> deaths
number of injured -> injuries
number of wounded -> injuries
number of kidnappings -> kidnappings
number of disappeared -> disappearances
number of missing -> disappearances
disappearances -> disappearances
number of arrests -> arrests
arrests -> arrests
number of migrants -> migrants
number of refugees -> migrants
number of displaced -> migrants
number of displaced people -> migrants
arrivals -> migrants
border crossings -> migrants
crossings -> migrants
apprehensions -> apprehensions
number of apprehensions -> apprehensions
border apprehensions -> apprehensions
border arrests -> apprehensions
encounters -> apprehensions
deportations -> deportations
number of deportations -> deportations
removals -> deportations
migrant deaths -> migrant_deaths
number of migrant deaths -> migrant_deaths
asylum applications -> asylum_claims
asylum claims -> asylum_claims
asylum requests -> asylum_claims
number of asylum applications -> asylum_claims
number of asylum claims -> asylum_claims
number of asylum requests -> asylum_claims
number of asylum seekers -> asylum_claims

# A frame before the noun phrase of what a total counts, any whose head the lexicon knows ("the
# number of Venezuelan refugees and migrants has reached 3 million").
# Verbs that set a total to the number after it: "bringing the total to 40", "put the death toll at 37"
# (link rule SetTotal). A verb of motion or estimate before the total, not a linking verb after it.
[total setter]
bring
brings
bringing
brought
take
takes
taking
took
push
pushes
pushing
pushed
put
puts
putting
peg
pegs
pegged
place
places
placed
placing
raise
raises
raising
raised
lift
lifts
lifting
lifted
set
sets
setting

# Totals only a setter links, to the statistic the article is counting ("taking the provisional total to").
[set total]
total
provisional total
overall total
running total
count

[total frame]
number of
total number of
total of
tally of
count of

# Words allowed between a total noun and its number.
# A total with no word of what it counts: the value of the statistic the article is counting
# ("the figure has since risen to 4,120", "the tally reached 765"). Not yet "total" or "count": a present
# "the total stands at" is a running tally whose kind and period the resolvers do not yet give it. A total of
# two words links even by a short verb ("the provisional total for 2023 to date is 20,101"); one word needs more.
[bare total]
figure
number
# "Annual totals increased from 62,998 in 2010 to 77,876 in 2012": the statistic's values in closed periods
annual total
annual totals
yearly total
yearly totals
monthly total
monthly totals
overall figure
running total
provisional total
tally
# "In 2020 the numbers fell to 7,094"
numbers
figures

# A pronoun opening its clause right before a verb of change stands for the statistic being counted ("More than 1,800
# people were killed in August. This declined to 540 in January"; link rule BareTotal).
[bare total pronoun]
this
that
it

# A copula right after a one-word bare total, a function word before it, links it to its value by itself
# ("and in 2018, the figure was 516", "last year the number was 1,723"; link rule BareTotal).
[bare total copula]
is
was
are
were

# A difference of two counts, not a count: "an increase of 1,200", "29,000 fewer arrests",
# "4,000 more than in 2022".
[difference before]
an increase of
a decrease of
a reduction of
a drop of
a rise of
a difference of
# A change said with a copula, as the Spanish "la caída fue de 97": the amount of the change, no figure.
the drop was
the drop is
the drop has been
the decline was
the decline is
the decline has been
the fall was
the fall is
the fall has been
the decrease was
the decrease is
the decrease has been
the reduction was
the reduction is
the reduction has been
the increase was
the increase is
the increase has been
the rise was
the rise is
the rise has been
the difference was
the difference is
the difference has been
a fall of
a decline of
up by
down by

# The word that joins a change to its amount: "higher by 4,076 reports", "increased by more than 300" (guard.Difference).
[difference by]
by

[difference after]
fewer
more than in
more than the same
more than last
more than during
less than in

[total link]
fell from
increasing from
decreasing from
declining from
growing from
grew from
went from
surged from
soared from
plunged from
plummeted from
dropped from
rose from
rising from
falling from
dropping from
climbing from
going from
climbed from
declined from
decreased from
increased from
jumped from
soared to
surged to
spiked to
plunged to
plummeted to
shot up to
edged up to
dipped to
slipped to
fell back to
has risen to
had risen to
have risen to
risen to
rose again to
doubled
tripled
halved
more than doubled
nearly doubled
and
compared with
up from
down from
versus
grown to
swelled to
grew to
averaged
averaging
average
rose by
fell by
rose to
climbed to
jumped to
increased to
fell to
dropped to
declined to
decreased to
reached
hit
topped
exceeded
surpassed
passed
stood at
stands at
is
was
were
are
totaled
totalled
totaling
totalling
numbered
came to
amounted to
of
at
to
has climbed to
had climbed to
has reached
had reached
has passed
now stands at
is now
was now
was put at
is put at
has now reached
officially reached
reached a record
hits
reaches
tops
passes
exceeds
surpasses
rises to
climbs to
jumps to
has hit
has topped
has surpassed
has exceeded
has crossed
crossed
was raised to
has been raised to
raised to
was revised to
revised to
was revised up to
# An adverb of time between the total and its value ("the year's murder toll so far to 187", "the toll then was 112")
so far to
so far at
so far is
then was
was then
then stood at

# Words that may stand between the counted noun and its verb ("Mexicans were reportedly killed").
[to verb]
arbitrarily
summarily
extrajudicially
brutally
# how badly, between the auxiliary and what befell them ("50 others were seriously injured")
seriously
critically
severely
gravely
badly
slightly
mildly
lightly
remain
remained
may have
might have
are feared to have
were feared to have
are feared
were feared
are estimated to be
were estimated to be
now
still
so far
already
were all
have all
had all
are now
were then
were
was
been
being
be
are
is
have
has
had
got
get
who
that
reportedly
allegedly
also
all
later
officially
either
have been
had been
has been
were later
were also
are believed to have
are thought to have
is believed to have
were believed to have
are estimated to have
were estimated to have
are said to have
were said to have
have reportedly
# a verb of necessity or success before the verb of what happened ("217,000 people had to flee their homes",
# "110,000 people had managed to leave Gaza"), a report's hedge before a state ("are thought to be displaced")
had to
have had to
has had to
were forced to
have been forced to
had been forced to
managed to
had managed to
have managed to
are thought to be
were thought to be
are believed to be
were believed to be
# when, between the auxiliary and a verb of a state ("70,000 people are currently living in shelters")
currently
presently

# Auxiliaries that make a transitive verb passive after its counted noun ("were killed").
[passive]
remain
remained
were
was
been
being
be
are
is
got
get

# Words right after a number that make it something other than a count of people.
[unit]
# Attempts are no deaths ("6 155 attempted murders").
attempted murders
attempted murder
attempted homicides
attempted killings
# Incidents by their number of victims count incidents ("31 double homicides"), and the files of a crime count papers.
double homicides
triple homicides
quadruple homicides
double murders
triple murders
quadruple murders
murder dockets
dockets
per
per capita
percent
per cent
pct
%
percentage points
points
year
years
year-old
years-old
month
months
week
weeks
day
days
hour
hours
minute
minutes
second
seconds
decade
decades
century
centuries
times
miles
mile
kilometers
kilometres
km
meters
metres
feet
foot
inches
pounds
kilograms
kilos
kg
tons
tonnes
grams
acres
hectares
square
dollars
dollar
pesos
peso
euros
euro
pounds sterling
quetzales
lempiras
reais
cents
a.m.
p.m.
am
pm
o'clock
gmt
utc
th
st
nd
rd
mm
caliber
calibre
degrees
mph
votes
seats
goals
runs
kilometers per hour
to 1
-to-1
# The wounded who later died add to a toll stated apart ("raised to 21 after two of the wounded died").
of the wounded
of the injured

# Words right before a number that make it a label, not a count.
[label]
per
page
# "a man of 58 died": an age after the person, not a count
man of
woman of
boy of
girl of
pages
photo
photos
picture
image
slide
part
chapter
section
article
no
no.
number
#
room
route
highway
flight
vol
vol.
volume
episode
season
grade
level
rank
ranked
category
phase
stage
item
exhibit
tier
interstate
district
precinct
zone
# Spain's maritime rescue aircraft and boats by their number ("the Sasemar 103 aircraft")
sasemar
salvamar
guardamar
code
line
gate
platform
terminal
channel
version
aged
age
ages
$
us$
usd
€
£
¥
mx$
mxn
r$
cop
eur
gbp

# Relative expressions that make a number a share of a whole ("six out of 10").
[ratio]
out of
in
of every
in every

# A person seeing, right before the count: what one witness saw is no tally ("a witness saw five bodies"). Only people
# see here: "the city saw 500 murders" is a tally.
[witnessed]
i saw
we saw
i have seen
we have seen
i had seen
i could see
we could see
witness saw
witnesses saw
a witness saw
reporter saw
reporters saw
journalist saw
journalists saw
photographer saw
correspondent saw
resident saw
residents saw
he saw
she saw
they saw
said he saw
said she saw
said they saw
he had seen
she had seen
they had seen

# Words anywhere before the count in its clause that make it a forecast, plan or hypothesis.
[forecast]
on pace for
on pace to
on track for
on track to
on course for
on course to
hopes to
hope to
hoped to
expects to
expect to
in the next
over the next
in the coming
next year
next month
would-be
will
would
could
might
should
shall
expected to
projected to
forecast to
forecasted to
predicted to
predicts
predict
projecting
forecasting
likely to
set to
threatens to
threatened to
threatening to
plans to
planned to
planning to
plan to
vowed to
vows to
promised to
promises to
pledged to
pledges to
aims to
aimed to
wants to
wanted to
intends to
intended to
seeks to
sought to
goal of
target of
aim of
capacity for
capacity of
room for
designed for
enough for
if
unless
proposal for
proposal to
proposed
potential

# Phrases that make a count a yearly rate.
[per year]
each year
a year
per year
every year
annually
yearly
per annum
a year on average
on average each year
an annual average of
annual average

# A yearly-rate phrase followed by one of these is a time reference instead ("a year earlier"), or a year named by a
# relative clause ("after 2021 -- a year that saw a record 346 murders", as Spanish "un año que"): no rate.
[per year not before]
earlier
ago
before
later
after
prior
old
since
and
that
which
when
whose

# Percent changes attached to a figure ("a 70 percent drop", "down 12 percent").
[percent]
percent
per cent
pct
%

[change down]
drop
drops
decline
declines
decrease
decreases
fall
falls
reduction
cut
fell
dropped
declined
decreased
plunged
plummeted
slumped
down
lower
fewer
less

[change up]
rise
rises
increase
increases
jump
jumps
surge
surges
rose
increased
jumped
climbed
soared
grew
up
higher
more
spike

# Words that make migrant deaths deaths from the crossing itself, not killings.
[crossing]
# "deaths during migration", "on migration journeys": the journey itself
migration
journeys
ashore
onshore
washed
beach
beaches
coast
desert
deserts
drowned
drowning
drownings
sea
seas
boat
boats
heat
dehydration
exposure
hypothermia
crossing
crossings
river
capsized
shipwreck
shipwrecks
mediterranean
remains
trek
journey
route
routes
border
train
trailer
truck
wilderness

# Where migrants go (destination) and where they come from (origin).
[destination]
to
into
in
entering
enter
entered
reach
reached
reaching
across
at
toward
towards

[origin]
from
fleeing
leaving
left

# Where violence happened.
[locative]
in
across
throughout
inside
within
near
around
outside

[month]
january -> 1
jan -> 1
jan. -> 1
february -> 2
feb -> 2
feb. -> 2
march -> 3
mar. -> 3
april -> 4
apr -> 4
apr. -> 4
may -> 5
june -> 6
jun -> 6
jun. -> 6
july -> 7
jul -> 7
jul. -> 7
august -> 8
aug -> 8
aug. -> 8
september -> 9
sept -> 9
sept. -> 9
sep -> 9
sep. -> 9
october -> 10
oct -> 10
oct. -> 10
november -> 11
nov -> 11
nov. -> 11
december -> 12
dec -> 12
dec. -> 12

[weekday]
monday -> 1
tuesday -> 2
wednesday -> 3
thursday -> 4
friday -> 5
saturday -> 6
sunday -> 7

# Parts of a year: first and last month.
[season]
early -> 1 3
earlier in -> 1 3
the beginning of -> 1 1
the start of -> 1 1
mid -> 7 9
mid- -> 7 9
the middle of -> 7 9
late -> 10 12
the end of -> 12 12
later in -> 10 12
# Named seasons, as the northern hemisphere's reporting uses them ("the following spring", "summer 2019").
# Winter spans two years and is left out.
spring -> 3 5
summer -> 6 8
autumn -> 9 11
fall -> 9 11

# Time expressions: template -> rule. Slots: {year} (a year number), {year2}, {month}, {month2},
# {day}, {season}, {n} (a count), {weekday}; "..." skips up to ten words inside the clause.
# Rules (YEAR_BEFORE: the year before the sentence's own year, else before publication; SAME:
# the period of the figure before): YEAR, YEARS, MONTH, MONTHS, HALF1, HALF2, FIRST_MONTHS, SINCE_YEAR, SINCE_SEASON,
# SINCE_MONTH, SINCE_DAY, SINCE_DAY_RECENT, SINCE_MONTH_RECENT, MONTHS_RECENT, MONTH_RECENT, DAY, DAY_RECENT
# (RECENT: the latest such month or day up to publication), SEASON, LAST_YEAR, THIS_YEAR, LAST_MONTH, THIS_MONTH, LAST_WEEK, PAST_YEARS,
# PAST_DECADE, PAST_MONTHS, WEEKDAY, YESTERDAY, TODAY, MONTHS_LAST_YEAR, MONTHS_THIS_YEAR,
# MONTH_LAST_YEAR, FIRST_MONTHS_LAST_YEAR, FIRST_MONTHS_THIS_YEAR, HALF1_LAST_YEAR.
[time]
# A superlative's "since" is the yardstick of a comparison, not a tally's start ("the highest since 2012",
# "the deadliest month since May 2009"): read as time, it makes no period (COMPARED_SINCE).
highest since {year} -> COMPARED_SINCE
highest since {month} {year} -> COMPARED_SINCE
highest ... since {year} -> COMPARED_SINCE
highest ... since {month} {year} -> COMPARED_SINCE
lowest since {year} -> COMPARED_SINCE
lowest since {month} {year} -> COMPARED_SINCE
lowest ... since {year} -> COMPARED_SINCE
lowest ... since {month} {year} -> COMPARED_SINCE
worst since {year} -> COMPARED_SINCE
worst since {month} {year} -> COMPARED_SINCE
worst ... since {year} -> COMPARED_SINCE
worst ... since {month} {year} -> COMPARED_SINCE
deadliest since {year} -> COMPARED_SINCE
deadliest since {month} {year} -> COMPARED_SINCE
deadliest ... since {year} -> COMPARED_SINCE
deadliest ... since {month} {year} -> COMPARED_SINCE
bloodiest since {year} -> COMPARED_SINCE
bloodiest since {month} {year} -> COMPARED_SINCE
bloodiest ... since {year} -> COMPARED_SINCE
bloodiest ... since {month} {year} -> COMPARED_SINCE
most violent since {year} -> COMPARED_SINCE
most violent since {month} {year} -> COMPARED_SINCE
most violent ... since {year} -> COMPARED_SINCE
most violent ... since {month} {year} -> COMPARED_SINCE
most deadly since {year} -> COMPARED_SINCE
most deadly since {month} {year} -> COMPARED_SINCE
most deadly ... since {year} -> COMPARED_SINCE
most deadly ... since {month} {year} -> COMPARED_SINCE
biggest since {year} -> COMPARED_SINCE
biggest since {month} {year} -> COMPARED_SINCE
biggest ... since {year} -> COMPARED_SINCE
biggest ... since {month} {year} -> COMPARED_SINCE
largest since {year} -> COMPARED_SINCE
largest since {month} {year} -> COMPARED_SINCE
largest ... since {year} -> COMPARED_SINCE
largest ... since {month} {year} -> COMPARED_SINCE
sharpest since {year} -> COMPARED_SINCE
sharpest since {month} {year} -> COMPARED_SINCE
sharpest ... since {year} -> COMPARED_SINCE
sharpest ... since {month} {year} -> COMPARED_SINCE
steepest since {year} -> COMPARED_SINCE
steepest since {month} {year} -> COMPARED_SINCE
steepest ... since {year} -> COMPARED_SINCE
steepest ... since {month} {year} -> COMPARED_SINCE
since {season} {year} -> SINCE_SEASON
since {season}-{year} -> SINCE_SEASON
since {month} {year} -> SINCE_MONTH
since {month} {day}, {year} -> SINCE_DAY
since {month} {day} -> SINCE_DAY_RECENT
since {month} -> SINCE_MONTH_RECENT
# "since mid-April 2023": from the 15th; "since late April 2023": from that month's start, of that year (not the latest April).
since mid-{month} {year} -> SINCE_MID_MONTH
since mid {month} {year} -> SINCE_MID_MONTH
since the middle of {month} {year} -> SINCE_MID_MONTH
since mid-{month} -> SINCE_MID_MONTH_RECENT
since mid {month} -> SINCE_MID_MONTH_RECENT
since the middle of {month} -> SINCE_MID_MONTH_RECENT
since {season} {month} {year} -> SINCE_MONTH
since {season} {month} -> SINCE_MONTH_RECENT
# A tally since an event dated after its name ("since the ceasefire, on October 10", "since the October 10 ceasefire").
since ... , on {month} {day}, {year} -> SINCE_DAY
since ... , on {month} {day} -> SINCE_DAY_RECENT
since the {month} {day}, {year} -> SINCE_DAY
since the {month} {day} -> SINCE_DAY_RECENT
since ... on {month} {day}, {year} -> SINCE_DAY
since ... of {month} {day}, {year} -> SINCE_DAY
since ... {month} {day}, {year} -> SINCE_DAY
since ... in {season} {month} -> SINCE_MONTH_RECENT
since ... on {month} {day} -> SINCE_DAY_RECENT
since {year} -> SINCE_YEAR
since ... in {season} {year} -> SINCE_SEASON
since ... in {season}-{year} -> SINCE_SEASON
since ... in {month} {year} -> SINCE_MONTH
since ... in {year} -> SINCE_YEAR
since ... in {month} -> SINCE_MONTH_RECENT
between {month} and {month2} {year} -> MONTHS
between {month} and {month2} of {year} -> MONTHS
from {month} to {month2} of {year} -> MONTHS
between {month} {year} and the end of {month2} {year2} -> MONTH_SPAN
between {month} {year} and {month2} of {year2} -> MONTH_SPAN
between {month} and {month2} -> MONTHS_RECENT
from {month} to {month2} -> MONTHS_RECENT
from {month} through {month2} -> MONTHS_RECENT
{month} and {month2} of this year -> MONTHS_THIS_YEAR
in {month} and {month2} of this year -> MONTHS_THIS_YEAR
in {month} and {month2} of last year -> MONTHS_LAST_YEAR
in {month} and {month2} {year} -> MONTHS
in {month} and {month2} -> MONTHS_RECENT
{month} and {month2} of last year -> MONTHS_LAST_YEAR
{month} and {month2} {year} -> MONTHS
from {month} to {month2} {year} -> MONTHS
from {month} through {month2} {year} -> MONTHS
# A span of months joined by a hyphen, as tables and reports write it ("3,100 in January-June 2021").
{month}-{month2} {year} -> MONTHS
{month}-{month2}, {year} -> MONTHS
between {month} and {month2} last year -> MONTHS_LAST_YEAR
from {month} to {month2} last year -> MONTHS_LAST_YEAR
between {month} and {month2} this year -> MONTHS_THIS_YEAR
from {month} to {month2} this year -> MONTHS_THIS_YEAR
between {month} {year} and {month2} {year2} -> MONTH_SPAN
from {month} {year} to {month2} {year2} -> MONTH_SPAN
between {year} and {year2} -> YEARS
from {year} to {year2} -> YEARS
from {year} through {year2} -> YEARS
from {year}-{year2} -> YEARS
in {year}-{year2} -> YEARS
{year}-{year2} -> YEARS
{year} to {year2} -> YEARS
in {year} and {year2} -> YEARS
the first half of {year} -> HALF1
the 1st half of {year} -> HALF1
1st half of {year} -> HALF1
the second half of {year} -> HALF2
the first half of last year -> HALF1_LAST_YEAR
the first quarter of {year} -> QUARTER_1
the second quarter of {year} -> QUARTER_2
the third quarter of {year} -> QUARTER_3
the fourth quarter of {year} -> QUARTER_4
the final quarter of {year} -> QUARTER_4
the last quarter of {year} -> QUARTER_4
# A report's reference year ending in a month, as official statistics date it ("587 victims in the year ending March
# 2016", "the 12 months to June 2023"): the twelve (N) months that end with that month, not that month alone.
year ending {month} {year} -> MONTHS_TO_MONTH
year ending in {month} {year} -> MONTHS_TO_MONTH
year ended {month} {year} -> MONTHS_TO_MONTH
year to {month} {year} -> MONTHS_TO_MONTH
the year ending {month} -> MONTHS_TO_MONTH_RECENT
the year to {month} -> MONTHS_TO_MONTH_RECENT
the {n} months to {month} {year} -> MONTHS_TO_MONTH
the {n} months ending {month} {year} -> MONTHS_TO_MONTH
the {n} months ended {month} {year} -> MONTHS_TO_MONTH
the {n} months through {month} {year} -> MONTHS_TO_MONTH
the {n} months to {month} -> MONTHS_TO_MONTH_RECENT
the first quarter of the year -> QUARTER_THIS_YEAR_1
# A quarter with no year is the last one begun by publication ("in the third quarter" in October; the fourth in February).
the first quarter -> QUARTER_THIS_YEAR_1
the second quarter -> QUARTER_THIS_YEAR_2
the third quarter -> QUARTER_THIS_YEAR_3
the fourth quarter -> QUARTER_THIS_YEAR_4
the second quarter of the year -> QUARTER_THIS_YEAR_2
the third quarter of the year -> QUARTER_THIS_YEAR_3
the second quarter of this year -> QUARTER_THIS_YEAR_2
the third quarter of this year -> QUARTER_THIS_YEAR_3
the first quarter of this year -> QUARTER_THIS_YEAR_1
the first half of this year -> HALF1_THIS_YEAR
the first {n} months of {year} -> FIRST_MONTHS
the first {n} months of last year -> FIRST_MONTHS_LAST_YEAR
the first {n} months of this year -> FIRST_MONTHS_THIS_YEAR
the first {n} months of the year -> FIRST_MONTHS_THIS_YEAR
# "during the first two months" bare: of the year the sentence named before, else of publication
# (TimeExpressions.firstMonthsOfTheYearBefore); "the first six months of the war" is no time.
the first {n} months -> FIRST_MONTHS_THIS_YEAR
# "Initial" for "first" ("in the initial three months of this year"): the same months.
the initial {n} months of {year} -> FIRST_MONTHS
the initial {n} months of this year -> FIRST_MONTHS_THIS_YEAR
the initial {n} months of the year -> FIRST_MONTHS_THIS_YEAR
the initial {n} months of last year -> FIRST_MONTHS_LAST_YEAR
# Without the article, with "year" or a stray "the" before the year ("in first six months of 2018", "the first six
# months of year 2018", "in the first six months of the 2016"): the same months.
first {n} months of {year} -> FIRST_MONTHS
the first {n} months of year {year} -> FIRST_MONTHS
first {n} months of year {year} -> FIRST_MONTHS
the first {n} months of the year {year} -> FIRST_MONTHS
the first {n} months of the {year} -> FIRST_MONTHS
first {n} months of this year -> FIRST_MONTHS_THIS_YEAR
first {n} months of the year -> FIRST_MONTHS_THIS_YEAR
# "the first nine weeks of this year": January 1 to the 63rd day; "the last week of July": the month's last seven days.
the first {n} weeks of {year} -> FIRST_WEEKS
the first {n} weeks of this year -> FIRST_WEEKS_THIS_YEAR
the first {n} weeks of the year -> FIRST_WEEKS_THIS_YEAR
# "the first 15 days of the year": January 1 to 15; "the first ten days of March", "the first half (fortnight) of
# September" (the 1st to the 15th), "the first two weeks of November" (the 1st to the 14th): the month's first days.
the first {n} days of {year} -> FIRST_DAYS
the first {n} days of this year -> FIRST_DAYS_THIS_YEAR
the first {n} days of the year -> FIRST_DAYS_THIS_YEAR
the first {n} days of {month} {year} -> MONTH_FIRST_DAYS
the first {n} days of {month} -> MONTH_FIRST_DAYS_RECENT
the first {n} weeks of {month} {year} -> MONTH_FIRST_WEEKS
the first {n} weeks of {month} -> MONTH_FIRST_WEEKS_RECENT
# "during the first week of June": 1-7 June, as "la primera semana de junio" (and "the first two weeks of June" 1-14).
the first week of {month} {year} -> MONTH_FIRST_WEEKS
the first week of {month} -> MONTH_FIRST_WEEKS_RECENT
the first half of {month} {year} -> MONTH_FIRST_HALF
the first half of {month} -> MONTH_FIRST_HALF_RECENT
the first fortnight of {month} {year} -> MONTH_FIRST_HALF
the first fortnight of {month} -> MONTH_FIRST_HALF_RECENT
the last week of {month} {year} -> MONTH_LAST_WEEK
the last week of {month} -> MONTH_LAST_WEEK_RECENT
the final week of {month} {year} -> MONTH_LAST_WEEK
the final week of {month} -> MONTH_LAST_WEEK_RECENT
{month} last year -> MONTH_LAST_YEAR
{month} of last year -> MONTH_LAST_YEAR
{month} this year -> MONTH_THIS_YEAR
{month} {year} -> MONTH
on {month} {day}, {year} -> DAY
{month} {day}, {year} -> DAY
# An ISO date, as bylines and datelines write it ("2021-05-24"): a day, not its year.
{year}-{monthnumber}-{day} -> DAY
# A day and month in figures in brackets, as agencies write it ("On Friday (28/06)"): the latest such day.
{weekday} ({day}/{monthnumber}) -> DAY_RECENT
({day}/{monthnumber}) -> DAY_RECENT
on {month} {day} -> DAY_RECENT
{month} {day} -> DAY_RECENT
between {month} {day} and {month2} {day2}, {year} -> DAY_SPAN
between {month} {day} and {month2} {day2} -> DAY_SPAN_RECENT
from {month} {day} to {month2} {day2}, {year} -> DAY_SPAN
# "from January 1 through April 30 this year", "from July 7 until July 19": the same span as "to".
from {month} {day} through {month2} {day2}, {year} -> DAY_SPAN
from {month} {day} until {month2} {day2}, {year} -> DAY_SPAN
from {month} {day} through {month2} {day2} -> DAY_SPAN_RECENT
from {month} {day} until {month2} {day2} -> DAY_SPAN_RECENT
# A start month and an end day ("between January and November 20, 2022", "from January to June 11"): from the first of
# that month to that day.
between {month} and {month2} {day2}, {year} -> MONTH_TO_DAY
from {month} to {month2} {day2}, {year} -> MONTH_TO_DAY
from {month} through {month2} {day2}, {year} -> MONTH_TO_DAY
between {month} and {month2} {day2} -> MONTH_TO_DAY_RECENT
from {month} to {month2} {day2} -> MONTH_TO_DAY_RECENT
from {month} through {month2} {day2} -> MONTH_TO_DAY_RECENT
from {day} {month} through {day2} {month2} -> DAY_SPAN_RECENT
{month} {day} to {month2} {day2}, {year} -> DAY_SPAN
in {month} {year} -> MONTH
in {month} -> MONTH_RECENT
during {month} -> MONTH_RECENT
# "During the month of August, 185 people were killed": the month, as "during August".
during the month of {month} -> MONTH_RECENT
in the month of {month} -> MONTH_RECENT
during the month of {month} {year} -> MONTH
in the month of {month} {year} -> MONTH
during the month of {month} of {year} -> MONTH
in the month of {month} of {year} -> MONTH
{month} of {year} -> MONTH
{season} {year} -> SEASON
{season}-{year} -> SEASON
fiscal year {year} -> YEAR
fiscal {year} -> YEAR
the {year} fiscal year -> YEAR
in {year} -> YEAR
during {year} -> YEAR
of {year} -> YEAR
for {year} -> YEAR
throughout {year} -> YEAR
by the end of {year} -> UNTIL_YEAR_END
by the end of last year -> UNTIL_LAST_YEAR_END
by {month} {year} -> UNTIL_MONTH_END
through {month} {year} -> UNTIL_MONTH_END
through the end of {month} {year} -> UNTIL_MONTH_END
through the end of {year} -> UNTIL_YEAR_END
through {month} {day}, {year} -> UNTIL_DAY
# Day first, as the UN, IOM and British outlets write it ("entered Europe by sea through 18 July 2018", "up to 9 April
# 2024"): the year's tally to that day.
through {day} {month} {year} -> UNTIL_DAY
through {day} {month}, {year} -> UNTIL_DAY
up to {day} {month} {year} -> UNTIL_DAY
until {day} {month} {year} -> UNTIL_DAY
as of {month} {day}, {year} -> UNTIL_DAY
# "as at", the British, Caribbean, African and Australian "as of": the same tallies ("the murder tally to 1,329 as at
# November 5, 2022", "as at 31 December 2023").
as at {month} {day}, {year} -> UNTIL_DAY
as at {month} {day} {year} -> UNTIL_DAY
as at {day} {month} {year} -> UNTIL_DAY
as at {day} {month}, {year} -> UNTIL_DAY
as at {month} {year} -> UNTIL_MONTH_END
as at the end of {month} {year} -> UNTIL_MONTH_END
up to {month} {day}, {year} -> UNTIL_DAY
by the end of {month} {year} -> UNTIL_MONTH_END
as of {month} {year} -> UNTIL_MONTH_END
the fiscal year that ended in {month} -> FISCAL_YEAR_ENDED
the fiscal year that ended {month} -> FISCAL_YEAR_ENDED
the fiscal year ending in {month} -> FISCAL_YEAR_ENDED
the fiscal year {year} -> YEAR
# Running tallies of the year up to a day or month ("as of October 15", "up to April 9", "through
# September"): from January 1 of that year.
as of {month} {day} -> UNTIL_DAY_RECENT
up to {weekday}, {month} {day} -> UNTIL_DAY_RECENT
as of {weekday}, {month} {day} -> UNTIL_DAY_RECENT
as of {weekday} {month} {day} -> UNTIL_DAY_RECENT
as at {weekday}, {month} {day} -> UNTIL_DAY_RECENT
as at {weekday} {month} {day} -> UNTIL_DAY_RECENT
as at {month} {day} -> UNTIL_DAY_RECENT
as at {day} {month} -> UNTIL_DAY_RECENT
as at the end of {month} -> UNTIL_MONTH_RECENT
as at {month} -> UNTIL_MONTH_RECENT
at the end of {month} {year} -> UNTIL_MONTH_END
at the end of {month} -> UNTIL_MONTH_RECENT
up to {month} {day} -> UNTIL_DAY_RECENT
through {month} {day} -> UNTIL_DAY_RECENT
till {month} {day} -> UNTIL_DAY_RECENT
until {month} {day} -> UNTIL_DAY_RECENT
as of {day} {month} {year} -> UNTIL_DAY
as of {day} {month} -> UNTIL_DAY_RECENT
up to {day} {month} -> UNTIL_DAY_RECENT
through {day} {month} -> UNTIL_DAY_RECENT
until {day} {month} -> UNTIL_DAY_RECENT
as of the end of {month} -> UNTIL_MONTH_RECENT
as of {month} -> UNTIL_MONTH_RECENT
up to {month} -> UNTIL_MONTH_RECENT
# "300 murders through March": the year's tally to the month's end ("from January through March" is the longer MONTHS).
through {month} -> UNTIL_MONTH_RECENT
# A tally "as of Sunday" with no date: the year's, up to publication (a weekday with no date is the publication day).
as of {weekday} -> THIS_YEAR
as at {weekday} -> THIS_YEAR
up to {weekday} -> THIS_YEAR
through the end of {month} -> UNTIL_MONTH_RECENT
by the end of {month} -> UNTIL_MONTH_RECENT
# "as of the end of last month": the year's tally to the last day of the month before publication.
as of the end of last month -> UNTIL_LAST_MONTH_END
as at the end of last month -> UNTIL_LAST_MONTH_END
by the end of last month -> UNTIL_LAST_MONTH_END
up to the end of last month -> UNTIL_LAST_MONTH_END
through the end of last month -> UNTIL_LAST_MONTH_END
as of the end of the previous month -> UNTIL_LAST_MONTH_END
as at the end of the previous month -> UNTIL_LAST_MONTH_END
# A tally since a day written day first ("returns since 01 January 2019", "since 7 October 2023").
since {day} {month} {year} -> SINCE_DAY
# A day written day first ("31 July 2018"), and a weekday with its date ("Tuesday, March 4").
{day} {month} {year} -> DAY
# Day first with no year ("on 28 May", "since 7 October"): the latest such day up to publication.
on {day} {month} -> DAY_RECENT
since {day} {month} -> SINCE_DAY_RECENT
between {day} {month} and {day2} {month2} {year} -> DAY_SPAN
between {day} {month} and {day2} {month2} -> DAY_SPAN_RECENT
from {day} {month} to {day2} {month2} -> DAY_SPAN_RECENT
from {month} {day} to {day2} -> DAY_SPAN_RECENT
between {month} {day} and {day2} -> DAY_SPAN_RECENT
from {month} {day}-{day2} -> DAY_SPAN_RECENT
between {day} and {day2} {month} {year} -> DAY_SPAN
from {day} to {day2} {month} {year} -> DAY_SPAN
between {day} and {day2} {month} -> DAY_SPAN_RECENT
from {day} to {day2} {month} -> DAY_SPAN_RECENT
# UNHCR weekly reports: "During the week of 17 to 23 October, 613 ... crossed".
the week of {day} to {day2} {month} {year} -> DAY_SPAN
the week of {day} to {day2} {month} -> DAY_SPAN_RECENT
the week of {day} {month} to {day2} {month2} -> DAY_SPAN_RECENT
the week of {month} {day} to {day2}, {year} -> DAY_SPAN
the week of {month} {day} to {day2} -> DAY_SPAN_RECENT
{day}-{day2} {month} {year} -> DAY_SPAN
{day}-{day2} {month} -> DAY_SPAN_RECENT
between {day} {month} to {day2} {month2} {year} -> DAY_SPAN
from {day} {month} to {day2} {month2} {year} -> DAY_SPAN
from {month} {day}, {year}, to {month2} {day2}, {year2} -> DATE_SPAN
from {month} {day}, {year} to {month2} {day2}, {year2} -> DATE_SPAN
# "from 1 January 2017 to 31 July 2017", "since 1 January until 31 July": a span closed by its second date is a named
# period, a flow, not a tally still counting since the first (realnews/README.md, "Kind"; Spanish "desde el ... hasta el").
from {day} {month} {year} to {day2} {month2} {year2} -> DATE_SPAN
from {day} {month} {year} until {day2} {month2} {year2} -> DATE_SPAN
between {day} {month} {year} and {day2} {month2} {year2} -> DATE_SPAN
since {day} {month} {year} until {day2} {month2} {year2} -> DATE_SPAN
since {day} {month} {year} to {day2} {month2} {year2} -> DATE_SPAN
since {month} {day}, {year} until {month2} {day2}, {year2} -> DATE_SPAN
since {month} {day}, {year}, until {month2} {day2}, {year2} -> DATE_SPAN
from {month} {day}, {year} until {month2} {day2}, {year2} -> DATE_SPAN
since {day} {month} until {day2} {month2} {year} -> DAY_SPAN
from {day} {month} until {day2} {month2} {year} -> DAY_SPAN
since {day} {month} until {day2} {month2} -> DAY_SPAN_RECENT
from {day} {month} until {day2} {month2} -> DAY_SPAN_RECENT
since {month} {day} until {month2} {day2} -> DAY_SPAN_RECENT
since {month} {day} until {month2} {day2}, {year} -> DAY_SPAN
since {month} {day} through {month2} {day2}, {year} -> DAY_SPAN
since {month} {day} through {month2} {day2} -> DAY_SPAN_RECENT
since {month} {day} to {month2} {day2} -> DAY_SPAN_RECENT
since {day} {month} to {day2} {month2} -> DAY_SPAN_RECENT
since {month} until {month2} {year} -> MONTHS
since {month} until {month2} -> MONTHS_RECENT
from {month} until {month2} -> MONTHS_RECENT
between {month} {day}, {year}, and {month2} {day2}, {year2} -> DATE_SPAN
between {month} {day}, {year} and {month2} {day2}, {year2} -> DATE_SPAN
from {month} {day} to {month2} {day2} -> DAY_SPAN_RECENT
# "for the period January 1 to October 2 this year": the span, with or without "from".
the period {month} {day} to {month2} {day2}, {year} -> DAY_SPAN
the period {month} {day} to {month2} {day2} {year} -> DAY_SPAN
the period {month} {day} to {month2} {day2} -> DAY_SPAN_RECENT
the period {month} {day} to {month2} {day2} this year -> DAY_SPAN_RECENT
from {month} {day} to {month2} {day2} this year -> DAY_SPAN_RECENT
from {month} {day}, {year}, to {month2} {day2} -> DATE_SPAN_OPEN_END
from {month} {day}, {year} to {month2} {day2} -> DATE_SPAN_OPEN_END
{weekday}, {month} {day} -> DAY_RECENT
{weekday} {month} {day} -> DAY_RECENT
{weekday}, {month} {day}, {year} -> DAY
# A weekday with its day of the month and no month ("on Sunday the 6th"): the latest such day up to publication.
{weekday} the {day} -> WEEKDAY_DATE
# A span between two weekdays ("between Friday and Sunday"): the latest such span up to publication.
# "between Sunday and yesterday": from that weekday to yesterday (or today).
between {weekday} and yesterday -> WEEKDAY_TO_YESTERDAY
from {weekday} to yesterday -> WEEKDAY_TO_YESTERDAY
between {weekday} and today -> WEEKDAY_TO_TODAY
from {weekday} to today -> WEEKDAY_TO_TODAY
# "22 dead since Thursday": from that weekday to publication, a running tally.
since {weekday} -> SINCE_WEEKDAY
since last {weekday} -> SINCE_WEEKDAY
between {weekday} and {weekday2} -> WEEKDAY_SPAN
# "in attacks on Saturday and Sunday": those days, up to the second ("since Monday" is not read: "missing since Monday" dates the event).
on {weekday} and {weekday2} -> WEEKDAY_SPAN
over {weekday} and {weekday2} -> WEEKDAY_SPAN
from {weekday} to {weekday2} -> WEEKDAY_SPAN
# Fiscal and budget years count as their calendar year (realnews/README.md, "Period").
the budget year that ended in {month} -> FISCAL_YEAR_ENDED
the budget year that ended {month} -> FISCAL_YEAR_ENDED
the fiscal year that ended last month -> FISCAL_YEAR_ENDED_LAST_MONTH
the budget year that ended last month -> FISCAL_YEAR_ENDED_LAST_MONTH
fiscal year that ended last month -> FISCAL_YEAR_ENDED_LAST_MONTH
budget year {year} -> YEAR
the {year} budget year -> YEAR
fy {year} -> YEAR
fy{year} -> YEAR
this fiscal year -> THIS_YEAR
the current fiscal year -> THIS_YEAR
so far this fiscal year -> THIS_YEAR
the current budget year -> THIS_YEAR
# From the time the sentence or the figure before stated.
the same period last year -> SAME_LAST_YEAR
# "from 120 in the first quarter of 2023 to 95 in the same period this year": the period before, in the year of publication.
the same period this year -> SAME_THIS_YEAR
the same months this year -> SAME_THIS_YEAR
in the same period this year -> SAME_THIS_YEAR
during the same period this year -> SAME_THIS_YEAR
the corresponding period last year -> SAME_LAST_YEAR
the corresponding periods last year -> SAME_LAST_YEAR
the same period a year earlier -> SAME_LAST_YEAR
the same period a year ago -> SAME_LAST_YEAR
the same period the year before -> SAME_LAST_YEAR
the same period of last year -> SAME_LAST_YEAR
the same period in {year} -> SAME_IN_YEAR
# "in that same period in 2017 there were 22,094", "compared to the same month in 2017, when 12,943 arrived": the
# period before, moved into that year.
that same period in {year} -> SAME_IN_YEAR
that same period of {year} -> SAME_IN_YEAR
that period in {year} -> SAME_IN_YEAR
that period of {year} -> SAME_IN_YEAR
the same month in {year} -> SAME_IN_YEAR
the same month of {year} -> SAME_IN_YEAR
the same months in {year} -> SAME_IN_YEAR
the same months of {year} -> SAME_IN_YEAR
the same time in {year} -> SAME_IN_YEAR
the same period of {year} -> SAME_IN_YEAR
the corresponding period in {year} -> SAME_IN_YEAR
the corresponding period of {year} -> SAME_IN_YEAR
the same time last year -> SAME_LAST_YEAR
this time last year -> SAME_LAST_YEAR
that period last year -> SAME_LAST_YEAR
this period last year -> SAME_LAST_YEAR
# "returned between 09-15 December, 20% less than in the previous week (13,644)": the seven days before the sentence's time.
the previous week -> WEEK_BEFORE
the week before -> WEEK_BEFORE
the preceding week -> WEEK_BEFORE
the prior week -> WEEK_BEFORE
the month before -> MONTH_BEFORE
the previous month -> MONTH_BEFORE
the prior month -> MONTH_BEFORE
a month earlier -> MONTH_BEFORE
the following year -> YEAR_AFTER
the next year -> YEAR_AFTER
a year later -> YEAR_AFTER
the following {season} -> SEASON_AFTER
the next {season} -> SEASON_AFTER
that {season} -> SEASON_SAME
# The year of the last time the article stated ("in the same period of 2021 ... That year, 133,000 crossed").
that year -> THAT_YEAR
that same year -> THAT_YEAR
the same year -> THAT_YEAR
# A running tally from the start of the last time the article stated ("Fighting broke out on April 15 ... Since then").
since then -> SINCE_THEN
ever since then -> SINCE_THEN
since that day -> SINCE_THEN
since that date -> SINCE_THEN
since that year -> SINCE_THEN
# A running tally from N units before publication ("since the war began two months ago", "since fighting erupted 10 days ago").
since ... {n} days ago -> SINCE_DAYS_AGO
since ... {n} weeks ago -> SINCE_WEEKS_AGO
since ... {n} months ago -> SINCE_MONTHS_AGO
since ... {n} years ago -> SINCE_YEARS_AGO
# One unit ("since the clashes started one month ago"). "a month ago" is not read yet (see reports/period6.md).
since ... {n} day ago -> SINCE_DAYS_AGO
since ... {n} week ago -> SINCE_WEEKS_AGO
since ... {n} month ago -> SINCE_MONTHS_AGO
since ... {n} year ago -> SINCE_YEARS_AGO
later that {season} -> SEASON_SAME
# A length with no dates: a flow of so many months, not an event of the publication day.
a {n}-month period -> SPAN_MONTHS
a {n} month period -> SPAN_MONTHS
a period of {n} months -> SPAN_MONTHS
a {n}-month span -> SPAN_MONTHS
a {n}-year period -> SPAN_YEARS
a period of {n} years -> SPAN_YEARS
a {n}-day period -> SPAN_DAYS
a period of {n} days -> SPAN_DAYS
from {year} to date -> SINCE_YEAR
# A register counted from its first year ("111,916 people have disappeared since records began in 1962"): a tally since then.
since records began in {year} -> SINCE_YEAR
since record-keeping began in {year} -> SINCE_YEAR
since records started in {year} -> SINCE_YEAR
since the count began in {year} -> SINCE_YEAR
since the registry began in {year} -> SINCE_YEAR
since the register began in {year} -> SINCE_YEAR
since counting began in {year} -> SINCE_YEAR
since the beginning of the year -> THIS_YEAR
since the start of the year -> THIS_YEAR
since the beginning of this year -> THIS_YEAR
since the start of this year -> THIS_YEAR
# A tally since a month of this year ("738,465 refugees have arrived since January this year"): from that month's
# first day to publication, not that month alone.
since {month} this year -> SINCE_MONTH_RECENT
since {month} of this year -> SINCE_MONTH_RECENT
# "the provisional total for the year so far", "the total for 2023 to date", "year-to-date": from January 1 to publication.
the year so far -> THIS_YEAR
for the year so far -> THIS_YEAR
for {year} to date -> YEAR_SO_FAR
# "72 murders recorded for 2013 thus far", "the 2021 toll so far": the same tally, worded after the year.
{year} so far -> YEAR_SO_FAR
{year} thus far -> YEAR_SO_FAR
thus far this year -> THIS_YEAR
to date this year -> THIS_YEAR
this year to date -> THIS_YEAR
{year} to date -> YEAR_SO_FAR
year to date -> THIS_YEAR
year-to-date -> THIS_YEAR
since last year -> SINCE_LAST_YEAR
# "have fled since last month", "since last week", "since early last year": a running tally from the start of that
# month, calendar week or part of the year before, to publication (not the closed month or week alone).
since last month -> SINCE_LAST_MONTH
since the start of last month -> SINCE_LAST_MONTH
since the beginning of last month -> SINCE_LAST_MONTH
since early last month -> SINCE_LAST_MONTH
since last week -> SINCE_LAST_WEEK
since the start of last week -> SINCE_LAST_WEEK
since early last week -> SINCE_LAST_WEEK
since {season} last year -> SINCE_SEASON_LAST_YEAR
# The start of a war or campaign named in a relative clause ("the war, which erupted in April 2023, has
# claimed 40,000 lives"): a tally since then.
which began in {month} {year} -> SINCE_MONTH
that began in {month} {year} -> SINCE_MONTH
which erupted in {month} {year} -> SINCE_MONTH
that erupted in {month} {year} -> SINCE_MONTH
which broke out in {month} {year} -> SINCE_MONTH
that broke out in {month} {year} -> SINCE_MONTH
which began in {year} -> SINCE_YEAR
that began in {year} -> SINCE_YEAR
which erupted in {year} -> SINCE_YEAR
that erupted in {year} -> SINCE_YEAR
which broke out in {year} -> SINCE_YEAR
that broke out in {year} -> SINCE_YEAR
which began in {month} -> SINCE_MONTH_RECENT
that began in {month} -> SINCE_MONTH_RECENT
last year -> LAST_YEAR
the last fiscal year -> LAST_YEAR
the previous fiscal year -> LAST_YEAR
last fiscal year -> LAST_YEAR
the previous year -> YEAR_BEFORE
the year before -> YEAR_BEFORE
a year earlier -> YEAR_EARLIER
one year earlier -> YEAR_EARLIER
the prior year -> YEAR_BEFORE
the year earlier -> YEAR_BEFORE
the same period -> SAME
the same month -> SAME
the same time -> SAME
that period -> SAME
this period -> SAME
the past year -> PAST_YEAR
the last year -> PAST_YEAR
so far this year -> THIS_YEAR
so far in {year} -> YEAR_SO_FAR
thus far in {year} -> YEAR_SO_FAR
this year -> THIS_YEAR
earlier this year -> THIS_YEAR
last month -> LAST_MONTH
# "19 in February and 9 so far this month": the month of publication to publication, the count's own time.
so far this month -> THIS_MONTH
thus far this month -> THIS_MONTH
this month -> THIS_MONTH
last week -> LAST_WEEK
this week -> THIS_WEEK
the past {n} years -> PAST_YEARS
the last {n} years -> PAST_YEARS
the previous {n} years -> PAST_YEARS
the past {n} months -> PAST_MONTHS
the last {n} months -> PAST_MONTHS
the past decade -> PAST_DECADE
the last decade -> PAST_DECADE
the past two decades -> PAST_TWO_DECADES
the past {n} days -> PAST_DAYS
the last {n} days -> PAST_DAYS
the past {n} weeks -> PAST_WEEKS
the last {n} weeks -> PAST_WEEKS
# A headline's window without its article ("Over 13,000 deported in last four years").
in last {n} years -> PAST_YEARS
in last {n} months -> PAST_MONTHS
in last {n} weeks -> PAST_WEEKS
in last {n} days -> PAST_DAYS
in past {n} years -> PAST_YEARS
in past {n} months -> PAST_MONTHS
in past {n} weeks -> PAST_WEEKS
in past {n} days -> PAST_DAYS
# A tally's length in a headline or lead ("30 murders in 80 days", "200 drown in 3 days"): that many days up to publication.
in {n} days -> PAST_DAYS
in just {n} days -> PAST_DAYS
in only {n} days -> PAST_DAYS
# The same length given as a bound ("IN fewer than 290 days, 500 murders"): the bound is the window, up to publication.
in fewer than {n} days -> PAST_DAYS
in less than {n} days -> PAST_DAYS
in under {n} days -> PAST_DAYS
in just under {n} days -> PAST_DAYS
in fewer than {n} weeks -> PAST_WEEKS
in less than {n} weeks -> PAST_WEEKS
in under {n} weeks -> PAST_WEEKS
in fewer than {n} months -> PAST_MONTHS
in less than {n} months -> PAST_MONTHS
in under {n} months -> PAST_MONTHS
in {n} weeks -> PAST_WEEKS
in {n} months -> PAST_MONTHS
# An operation's or an offensive's length before its counts ("kills 50 in 3-day air raids", "arrested 212 in a five-day
# operation", "weeklong sweeps"): that many days up to publication, unless the text dates them.
in {n}-day -> PAST_DAYS
{n}-day operation -> PAST_DAYS
{n}-day operations -> PAST_DAYS
{n}-day offensive -> PAST_DAYS
{n}-day raid -> PAST_DAYS
{n}-day raids -> PAST_DAYS
{n}-day onslaught -> PAST_DAYS
{n}-day sweep -> PAST_DAYS
{n}-day sweeps -> PAST_DAYS
{n}-day crackdown -> PAST_DAYS
{n}-day campaign -> PAST_DAYS
{n}-day wave -> PAST_DAYS
weeklong operation -> PAST_WEEK
weeklong sweep -> PAST_WEEK
weeklong sweeps -> PAST_WEEK
weeklong crackdown -> PAST_WEEK
weeklong offensive -> PAST_WEEK
the past 24 hours -> PAST_DAY
the last 24 hours -> PAST_DAY
# "in the past 48 hours": as many whole days (N / 24) back from publication.
the past {n} hours -> PAST_HOURS
the last {n} hours -> PAST_HOURS
the past day -> PAST_DAY
# "the past month", "the past week": the trailing window of one, from publication minus a month (a week), as "the past N months".
the past month -> PAST_MONTH
the past week -> PAST_WEEK
the weekend -> WEEKEND
this weekend -> WEEKEND
last weekend -> WEEKEND
weekend -> WEEKEND
yesterday -> YESTERDAY
# "gunmen killed four people last night": the night before publication, yesterday's date.
last night -> YESTERDAY
today -> TODAY
on {weekday} -> WEEKDAY
{year} -> YEAR
{weekday} -> WEEKDAY

# Multipliers after a number ("1.2 million", "two dozen").
[scale]
thousand -> 1000
million -> 1000000
billion -> 1000000000
trillion -> 1000000000000
mil -> 1000000
mln -> 1000000
bn -> 1000000000
k -> 1000
m -> 1000000
dozen -> 12

# A scale counted by an article or a fraction: a number, unlike "a dozen" or "hundreds of thousands".
[article number]
a million -> 1000000
half a million -> 500000
a quarter of a million -> 250000
a quarter-million -> 250000
a quarter million -> 250000

# Words that are not content words but may stand inside the counted noun phrase.
[modifier]
# how badly, before a participle of harm ("20 dead, 5 seriously injured"); also in [to verb]
seriously
critically
severely
gravely
badly
slightly
mildly
lightly
such
the same
more
other
additional
further
of them
in all
in total
# a participle of record after a bare count ("compared to 60 recorded during the same period in 2022", "the 2,991
# already recorded this month", "26,216 detected in the same period"): the count is of the statistic being counted
recorded
already recorded
detected
documented
reported
registered
logged

# Nouns of a place that frame a town named right after them or after "of" ("the town of Kumbo", "Raisen district" is not read).
[town noun]
town
city
village
district
municipality
province
county
department

# Words that may stand between a preposition and the place it introduces ("in the northern state of").
[place prefix]
the
northern
southern
eastern
western
central
northeastern
northwestern
southeastern
southwestern
north
south
east
west
state
states
of
province
city
region
town
capital
border
territory
territories
waters
coast
island
islands
country
neighboring
neighbouring
war-torn
violent

# Last words of the names of areas a count is kept by: a count between commas after one is a list item, not an age
# ("followed by Quezon City Police District, 59, Northern Police District, 53"; guard AgeInApposition, link rule ListItem).
[area noun]
district
districts
region
division
province
county
parish
state
department
municipality
zone
governorate
prefecture
borough
constituency

# Words that open the next item of a list ("the highest toll at 105, followed by Quezon City Police District, 59").
[item lead]
followed by
followed closely by

# Verbs that make the people after them the subject of the infinitive that follows ("forced more than 1.5 million people
# to flee their homes", "caused 200 people to die"; link rule SubjectVerb).
[causative]
forced
forcing
forces
force
compelled
compelling
drove
driving
prompted
prompting
caused
causing

[claim lodging]
# Verbs of lodging an asylum claim: with [claim determiner] and an asylum noun of [noun] after them they make the verb
# phrases of [verb] whose subject is counted as asylum claims ("2,300 people submitted their first asylum application",
# "lodged an asylum claim"); composed by the Lexicon.
submitted
lodged
filed
made
presented

[claim determiner]
a
an
their
their first
a first
first
new
his
her

# A word a noun of asylum claims must have to be the object of [claim lodging] ("asylum applications", not
# "first-time applicants").
[claim object word]
asylum

[infinitive marker]
to

# Verbs of harm done by an actor: a country right before them ("Israel has killed 300", "Russia's strikes wounded 40") is the
# attacker, not where the harm happened.
[harm verb]
killed
kills
wounded
injured
abducted
kidnapped
shot
massacred
slaughtered

# Auxiliaries that make a count cumulative ("have been killed" since some start). Not "had":
# the past perfect of reported speech is an event ("said that 50 people had been killed").
[perfect]
have
has

# Words that join two counted nouns ("social leaders and activists").
[conjunction]
and
or
as well as

# Words that stand for the verb said before them, after a count ("of those who arrived, 12,393 did so in the
# Canaries", "20,000 tried to cross and about 2,300 managed to do so"): the count is of what that verb counts (link rule ProVerb).
[pro verb]
did so
have done so
has done so
had done so
managed to do so
succeeded in doing so

# A count said of each of the places joined before it ("Tabasco and Colima with 64 each"): one figure per place.
[each]
each
apiece
each one
both

# Prepositions that may open a phrase between the counted noun and its verb
# ("students from a rural college disappeared", "ten of our soldiers were killed").
[noun trailer]
from
of
in
at
on
aboard
near
inside
including
# "Three children aged 6, 9 and 12 were shot dead": the ages are labels ([label]), the verb is the counted's
aged

# After a percent change, these words open its baseline ("a 70 percent drop from the rates of
# 2000-2005"): time words after them date the baseline, not the figure.
[change baseline]
from
over
compared
on
than
versus
against
since

# After a percent change and its baseline, this word opens the clause of the baseline's count
# ("up 40% on the same period last year, when 2,100 arrived"): the baseline's time dates that count.
[baseline count]
when

# Words before a count in its clause that make it a current stock or running total, not an
# event of the publication day ("Colombia has 7.4 million displaced", "are now listed").
[current]
is
are
has
have
now
currently
still
home to
hosts
host
remain
remains
there are

# Adverbs after a count that make it a current stock ("are now listed as missing").
[current after]
are
is
now
currently
still
remain

# Words that tie a count to an era rather than a date ("during the dictatorship").
[era]
during
throughout

# After a count and before a number, a rate rather than a count ("24 killings per 100,000 inhabitants").
[rate]
per
for every
for each
out of every
in every
# "4.5 victims every 100,000 residents"
every

# After a count, a rate over a period shorter than a year ("18 a day"); yearly rates are [per year].
[rate period]
a day
per day
every day
each day
a week
per week
every week
each week
a month
per month
every month
each month
an hour
per hour
every hour


# A rate's period a few words before its count ("every day some 300 people cross", RateFollows.before): not "a day
# after", which dates; yearly rates stay figures.
[rate before]
every day
each day
every week
each week
every month
each month
daily

# Agencies whose catching and sending back of people is migration enforcement.
[migration agency]
border patrol
border agents
border agent
border guards
border police
immigration agents
immigration authorities
immigration officials
immigration officers
immigration enforcement
ice
immigration and customs enforcement
cbp
customs and border protection
frontex
coast guard
national migration institute
migration authorities
migration agents

# Journeys of migration named without the migrants: the people counted on them are migrating
# ("3,480 deaths on migration routes", "lives lost during migration").
[migration journey]
migration route
migration routes
migratory route
migratory routes
migration journey
migration journeys
during migration

# Verbs by which an authority records a count: asylum seekers recorded are registered applications
# ("the agency registered 41,300 asylum seekers"), not people arriving.
[record verb]
registered
recorded
reported
received
counted
registers
records
reports
receives

# Words before a country that borders the scene: "near Burkina Faso's border with Niger", "along the frontier with
# Mexico" name the neighbour, not where the count happened.
[border with]
border with
borders with
frontier with
frontiers with

# Verbs that cross such a border: "crossed the border with Mexico" enters it, and names where people arrive.
[border crossing]
cross
crosses
crossed
crossing

# A word before two places that a border, a route or a war joins ("the border between Mexico and the United States",
# "the war between Russia and Ukraine"): the pair is not a count's several countries (PlaceResolver).
[pair opener]
between

# Words before the end of a journey still under way: migrants counted crossing "on their way to the United
# States" are placed where they crossed, not there.
[en route]
on their way to
on the way to
en route to
bound for
heading to
headed to
heading for
headed for

# Verbs of flight: a place after them in the same clause is where people fled from ("having fled the violence in Myanmar"),
# until a word of heading ("fled Myanmar for Bangladesh").
[flight]
fled
flee
flees
fleeing
escaped
escaping
# the verbs of leaving a country ([leave country])
leave
left
abandoned

# The word joining a list item's name to its count ("followed by Peru with half a million", "Ecuador, with 220,000"): the
# country named so right before the count is the item's.
[item with]
with

# Words before a place that make it a destination, not where violence happened ("on their way to the United States").
[heading]
to
toward
towards
into
for

# Verbs of saying: a date right by them dates the statement ("the government said Wednesday").
[attribution]
said
says
say
saying
reported
reports
announced
announces
stated
told
confirmed
added
noted
published
released
according

# Abbreviations with a dot that do not end a sentence; ICU's list lacks some that news uses.
[abbreviation]
sept
jan
feb
aug
oct
nov
dec
gov
sen
rep
gen
lt
col
sgt
capt
st
mt
ft
no
nos
approx
est

# Verbs that count only when the counted people are their subject ("856,000 people reached
# Greece"); before a number they link a total instead ("applications reached 70,000").
[subject verb]
reached -> migrants migrants intransitive
landed in -> migrants migrants intransitive
made it to -> migrants migrants intransitive

# A count followed by these is part of another ("12 people, 3 of them children").
[partitive]
of

# Words between a change word and its percent ("down by 12%", "a decline of 53 percent").
[change by]
by
of

# Nouns of authorities: a demonym before one names the country acting ("Mexican immigration agents").
[authority]
police
national police
federal police
agents
authorities
officials
officers
government
army
navy
marines
troops
forces
security forces
guards
border guards
coast guard
prosecutors
ministry
military
investigators
immigration agents
immigration authorities
immigration officials
migration authorities

# Phrases after a count in its clause that make it an average or a rate, not a count ("up to 13,000 refugees are
# returning every week", "24 crossed each day on average"; guard DailyAverage). Not "a week" or "a day": "in a week",
# "a week ago" are no rate.
[average after]
every day
each day
per day
every week
each week
per week
every month
each month
per month
on average
on an average day
as a daily average

# Phrases before a count that make it a daily or weekly average ("On an average day in May").
[average day]
an average of
a daily average of
a weekly average of
on average
daily average
average daily
weekly average
monthly average
average day
typical day
average week
typical week
average month
single day

# Phrases right before a count that compare it with the figure before ("up from 396,579").
# Words before a year that mean all of it ("the whole of 2006"): a count compared with a part of another
# year keeps the whole year then.
[whole period]
the whole of
all of
the whole
the full
the entire
whole
all
full
# a fiscal or budget year counts as its calendar year (realnews/README.md, "Period"), even before it is over
fiscal
budget year

[comparison]
# "4,323 arrivals, 102 more than in 2024": what follows is what the count is compared with (not "more than" alone: a qualifier).
than in
than during
up from
compare with
compares with
# "That total compares to 110,189 at this time last year"
compare to
compares to
in comparison to
in comparison with
as against
higher than the
lower than the
down from
compared with
compared to
against
versus
vs
double the
twice the
half the
nearly double the
more than double the

[clause contrast]
# After a comma, they open a clause of its own: a time after them dates that clause ("in 2020, 3,482, while in 2019, 4,082").
while
whereas

# Armed actors: they come and cross as attackers, not as migrants ("10 gunmen came ashore").
[armed]
extremists
bandits
separatists
jihadis
gangsters
kidnappers
pirates
gunmen
attackers
assailants
militants
fighters
rebels
insurgents
soldiers
troops
hitmen
terrorists
jihadists
guerrillas
police
officers
agents
marines
commandos
raiders

# Ranges: "between 30 and 40 people" is one figure, at most 40.
[range open]
between

[range join]
and
to
or
-
–

# After a scale, the word that links it to what is counted (none in English: "2 million people").
[scale joiner]

# Nouns of an era: "during" before one ties a count to the era, not to a date ("during the dictatorship").
[era noun]
war
conflict
dictatorship
administration
regime
rule
presidency
government
term
occupation
civil war
insurgency

# Abbreviations after which a sentence break is no break ("Mr. Calderon", "EE.UU. y"): CLDR's
# segmentation exceptions for this language, as ICU4J 79.1 ships them (Unicode License v3). ICU's
# segmenter and the faster splitter beside it both read them from here; keep the order.
[sentence suppression]
L.P.
Alt.
Approx.
E.G.
O.
Maj.
Misc.
P.O.
J.D.
Jam.
Card.
Dec.
Sept.
MR.
Long.
Hat.
G.
Link.
DC.
D.C.
M.T.
Hz.
Mrs.
By.
Act.
Var.
N.V.
Aug.
B.
S.A.
Up.
Job.
Num.
M.I.T.
Ok.
Org.
Ex.
Cont.
U.
Mart.
Fn.
Abs.
Lt.
OK.
Z.
E.
Kb.
Est.
A.M.
L.A.
Prof.
U.S.
Nov.
Ph.D.
Mar.
I.T.
exec.
Jan.
N.Y.
X.
Md.
Op.
vs.
D.A.
A.D.
R.L.
P.M.
Or.
M.R.
Cap.
PC.
Feb.
Exec.
I.e.
Sep.
Gb.
K.
U.S.C.
Mt.
S.
A.S.
C.O.D.
Capt.
Col.
In.
C.F.
Adj.
AD.
I.D.
Mgr.
R.T.
B.V.
M.
Conn.
Yr.
Rev.
Phys.
pp.
Ms.
To.
Sgt.
J.K.
Nr.
Jun.
Fri.
S.A.R.
Lev.
Lt.Cdr.
Def.
F.
Do.
Joe.
Id.
Mr.
Dept.
Is.
Pvt.
Diff.
Hon.B.A.
Q.
Mb.
On.
Min.
J.B.
Ed.
AB.
A.
S.p.A.
I.
a.m.
Comm.
Go.
VS.
L.
All.
PP.
P.V.
T.
K.R.
Etc.
D.
Adv.
Lib.
E.g.
Pro.
U.S.A.
S.E.
AA.
Rep.
Sq.
As.

# Words before a count that say who the people just counted are, the first part of a list ("The group consists of
# 60 men, 50 women and 40 children"): the group is of the living, so the list never continues a count of the dead
# (a death toll's parts come after "including", "among them").
[composition lead]
consists of
consisted of
consisting of
consist of
is made up of
was made up of
are made up of
were made up of
made up of
comprised of
composed of

# Words before a count that goes on with the statistic the article is counting, with no word of
# its own for what it counts: "including 120 children", "Sonora led with 212", "of them, 40 in May".
[list lead]
# "were adults, that is 17,900 men and 6,200 women": the breakdown of the figure just given
that is
put the figure at
puts the figure at
put the number at
puts the number at
put the total at
puts the total at
including
among them
among whom
of them
of whom
of those
with
alone
there were
# "Among the 16,000 wounded, there are 480 boys and 350 girls"
there are
were
while
whereas
# "and a further three in an ambush", "another 11,432 since January": more of the same count
another
a further
an additional
# "The figure includes 380 civilians and 32 police officers": the parts of the figure just given, its metric
# named only by that figure
figure includes
figure include
figure included
total includes
total included
toll includes
toll included
# "1,530 adults, as well as 611 minors": one more part of the counted
as well as
in addition to
# "25 were committed with firearms, while the other 11 are unsolved": the rest of a breakdown is its last part (Spanish
# has "los otros 11" through "otros")
the other
the remaining

# Words before a count that make it the rest of a total already stated: "the target was killed along with five
# others" restates the six (realnews guide: a remainder is not annotated).
[remainder lead]
along with
together with

# A partitive frame before the word of what happened to the counted, which names the metric of
# a part of them ("Among those killed were 22 police officers", "9,000 of those killed").
[among those]
among those
among the
among these
of these
of those
of the

# A frame that opens its clause, names the counted by what happened to them and gives their parts after a
# verb (link rule AmongThose): "The dead included three police officers", "Those killed were 12 soldiers".
[parts lead]
the
those
[parts verb]
included
include
includes
were

# Words that open an aside of the counted's parts between a count and its verb: the counts inside it are parts, and
# the verb after it is the count's own ("45 others, including 17 children and six women, were wounded"; link rule SubjectVerb).
[parts aside]
including
among them
among whom
# After a count and a comma, words that open a relative clause whose subject is the counted: its verb says what befell
# them ("Over 50,000 people, who have been displaced by the violence, are staying in camps"; link rule SubjectVerb).
[relative aside]
who
most of whom
many of whom
all of whom
some of whom
the majority of whom


# Words after a bare count that make it a part of the counted ("940 of them in Quebec").
[part of them]
of them
of whom
of those
# "Twelve bodies were recovered, two of which were women"
of which

# Relative pronouns after a bare count: with a verb the lexicon does not know, the clause is the count's own
# ("149,265 people arrested and 1,274,148 who surrendered" are no more arrests; link rule Continuation).
[relative]
who
whom

# Words that join verbs of different metrics into one count, which is then no figure ("killed or injured").
[disjunction]
or
and/or

# Words after the counts of a list that says whose they are ("111 and 73, respectively").
[list trailer]
respectively

# A determiner before a count that makes it one the article stated before ("the attackers mowed down the 69", "Of
# the 61 victims"): link/Restated.
[restating determiner]
the
these
those

# An article before a count with no noun, then a participle of recording: the count stands for the left-out noun
# of the statistic being counted ("the 1,231 recorded in 2023", "compared with the 890 reported a year earlier").
[ellipsis article]
the

[ellipsis participle]
recorded
registered
reported
documented
logged

# A copula after a bare count that says who of the counted it is ("50,610 were men").
[breakdown copula]
were
are
was

# A verb after a bare count that says where or how a part of the statistic being counted happened
# ("Of the 66 murders, 20 occurred in Division A", "with fourteen happening on the south side"):
# the count is a breakdown of that statistic, not a count of some other thing.
[breakdown verb]
occurred
occurring
happened
happening
took place
taking place
stemmed from
stemming from
resulted from

# A verb of going back right after migrants called by their demonym ("9,936 Afghans returned from Iran", "8,623 Afghans came back"): they
# return home, so the country of the demonym is where they arrive (extract.resolve.PlaceResolver).
[return home]
returned
returning
return
came back
come back
coming back
went back
go back
going back
returned home
headed home

# The leavers' own country, unnamed: after a verb of leaving ([flight]), the count is of emigrants, placed nowhere.
[own country]
their country
their countries
their homeland

# A verb of leaving before a country's name: the counted emigrated ("3.7 million people have left Venezuela"); not a
# city or region (link rule SubjectVerb).
[leave country]
left
abandoned
# "had managed to leave Syria", "forced 3,000 people to leave Sudan"
leave

# What a figure's count follows, when its sentence says so (issue 17, realnews/README.md "Definition"):
# the phrase nearest the count whose definition fits the metric's category; the longest phrase at a
# position wins ("war on drugs" over "war").
[definition]
drug-related -> organized_crime
drug related -> organized_crime
drug violence -> organized_crime
drug war -> organized_crime
drug wars -> organized_crime
war on drugs -> organized_crime
drug trafficking -> organized_crime
drug traffickers -> organized_crime
drug cartel -> organized_crime
drug cartels -> organized_crime
drug gangs -> organized_crime
cartel -> organized_crime
cartels -> organized_crime
cartel-related -> organized_crime
organized crime -> organized_crime
organised crime -> organized_crime
organized-crime -> organized_crime
gang-related -> organized_crime
gang violence -> organized_crime
gangs -> organized_crime
narco -> organized_crime
homicide -> homicide
homicides -> homicide
intentional homicides -> homicide
murder -> homicide
murders -> homicide
murdered -> homicide
war -> armed_conflict
civil war -> armed_conflict
armed conflict -> armed_conflict
conflict -> armed_conflict
fighting -> armed_conflict
airstrikes -> armed_conflict
air strikes -> armed_conflict
airstrike -> armed_conflict
air strike -> armed_conflict
shelling -> armed_conflict
insurgency -> armed_conflict
insurgents -> armed_conflict
rebels -> armed_conflict
combat -> armed_conflict
battle -> armed_conflict
battles -> armed_conflict
undocumented -> irregular
unauthorized -> irregular
unauthorised -> irregular
illegal -> irregular
illegally -> irregular
irregular -> irregular
irregularly -> irregular
without papers -> irregular
without documents -> irregular
smuggled -> irregular
refugee -> refugees
refugees -> refugees
asylum seekers -> refugees
asylum-seekers -> refugees
asylum seeker -> refugees
internally displaced -> internally_displaced
displaced -> internally_displaced
displacing -> internally_displaced
idps -> internally_displaced
returnees -> returnees
returns -> returnees
returned -> returnees
repatriated -> returnees
deportees -> returnees
return of -> returnees
returning -> returnees
anti-war -> unspecified
smuggling -> irregular
smugglers -> irregular
without authorization -> irregular
without permission -> irregular
driven from their homes -> internally_displaced
forced from their homes -> internally_displaced
fled their homes -> internally_displaced
flee their homes -> internally_displaced
fleeing their homes -> internally_displaced
abandon their homes -> internally_displaced
abandon their residences -> internally_displaced
leave their homes -> internally_displaced
drug-trafficking -> organized_crime
drug-war -> organized_crime
criminal groups -> organized_crime
criminal organizations -> organized_crime
criminal rivalry -> organized_crime
rival criminal groups -> organized_crime
without legal status -> irregular
without legal documents -> irregular
between ports of entry -> irregular
between regular ports of entry -> irregular
between official ports of entry -> irregular
between legal ports of entry -> irregular
outside ports of entry -> irregular
outside official ports of entry -> irregular
drug trafficking charges -> organized_crime
the return of -> returnees
asylum -> refugees
migrants and refugees -> unspecified
refugees and migrants -> unspecified
migrants & refugees -> unspecified
refugees & migrants -> unspecified
migrants and asylum seekers -> unspecified
# A count that mixes legal and irregular migrants, or of which only a part is irregular, is not of irregular migrants
legal and illegal -> unspecified
legal and undocumented -> unspecified
documented and undocumented -> unspecified
authorized and unauthorized -> unspecified
regular and irregular -> unspecified
most of them undocumented -> unspecified
most of them illegally -> unspecified
many of them undocumented -> unspecified
gang -> organized_crime
gang members -> organized_crime
anti-drug -> organized_crime
drug crackdown -> organized_crime
militants -> armed_conflict
militant -> armed_conflict
militia -> armed_conflict
militias -> armed_conflict
guerrillas -> armed_conflict
guerrilla -> armed_conflict
jihadists -> armed_conflict
jihadist -> armed_conflict
insurgent -> armed_conflict
fighters -> armed_conflict
soldiers -> armed_conflict
troops -> armed_conflict
missile -> armed_conflict
missiles -> armed_conflict
rocket -> armed_conflict
rockets -> armed_conflict
ethnic clashes -> armed_conflict
ethnic violence -> armed_conflict
boko haram -> armed_conflict
taliban -> armed_conflict
islamic state -> armed_conflict
al-shabaab -> armed_conflict
isis -> armed_conflict
# Armed forces, groups and means of war (realnews/README.md: a named army, armed group or insurgency is
# armed conflict; bare "gunmen" or "police" are not).
junta -> armed_conflict
paramilitaries -> armed_conflict
rapid support forces -> armed_conflict
rsf -> armed_conflict
separatists -> armed_conflict
separatist -> armed_conflict
armed groups -> armed_conflict
armed group -> armed_conflict
revolt -> armed_conflict
rebellion -> armed_conflict
rebel -> armed_conflict
invasion -> armed_conflict
bombardment -> armed_conflict
bombardments -> armed_conflict
artillery -> armed_conflict
drone strike -> armed_conflict
drone strikes -> armed_conflict
drone attack -> armed_conflict
drones -> armed_conflict
hamas -> armed_conflict
hezbollah -> armed_conflict
houthis -> armed_conflict
houthi -> armed_conflict
al-qaida -> armed_conflict
al-qaeda -> armed_conflict
al qaeda -> armed_conflict
wagner -> armed_conflict
m23 -> armed_conflict
jnim -> armed_conflict
farc -> armed_conflict
tribal clashes -> armed_conflict
intercommunal violence -> armed_conflict
communal violence -> armed_conflict
# Armed groups under the names and spellings wires use (a named armed group is armed conflict), armies
# named by their country, and clan and tribal fighting.
al shabaab -> armed_conflict
al-shabab -> armed_conflict
al shabab -> armed_conflict
shabaab -> armed_conflict
allied democratic forces -> armed_conflict
adf -> armed_conflict
anti-balaka -> armed_conflict
seleka -> armed_conflict
iswap -> armed_conflict
splm-io -> armed_conflict
splm-in-opposition -> armed_conflict
codeco -> armed_conflict
arakan army -> armed_conflict
tatmadaw -> armed_conflict
janjaweed -> armed_conflict
russian attacks -> armed_conflict
russian attack -> armed_conflict
russian strikes -> armed_conflict
russian forces -> armed_conflict
russian troops -> armed_conflict
israeli strikes -> armed_conflict
israeli forces -> armed_conflict
israeli troops -> armed_conflict
israeli attacks -> armed_conflict
israeli attack -> armed_conflict
israeli army -> armed_conflict
israeli military -> armed_conflict
russian army -> armed_conflict
russian military -> armed_conflict
# An Islamist insurgency, as "jihadists" ("Suspected Islamists kill 20"); Kashmir's "militancy related incidents".
islamists -> armed_conflict
islamist -> armed_conflict
militancy -> armed_conflict
tribal fight -> armed_conflict
tribal violence -> armed_conflict
tribal warfare -> armed_conflict
clan clashes -> armed_conflict
clan fighting -> armed_conflict
warring tribes -> armed_conflict
# Violent deaths are no homicide count as such (realnews/README.md, "Definition"); the drug war under its
# other names, and the suspects it kills.
violent deaths -> unspecified
anti-drug war -> organized_crime
anti-illegal drug -> organized_crime
drug suspects -> organized_crime
drug suspect -> organized_crime
drug raids -> organized_crime
drug busts -> organized_crime

# Words near a count that make it a stock: people present at a date, not events (issue 17). Only
# metrics that can be a stock take them (migrants, disappearances, kidnappings, asylum claims).
[stock]
live
lives
living
lived
reside
resides
residing
resided
host
hosts
hosting
hosted
home to
remain
remains
remained
still
currently
there are
population
sheltering
are displaced
are in
are missing
are being held
are held
backlog
pending
accommodating
accommodates
staying
are staying
sheltered
are sheltered
stranded
are stranded
# People camped somewhere are present there ("2,400 asylum seekers are camped outside the centre"): a stock
camped
are camped
encamped

# Words near a count that make it a running tally, still counting when published (issue 17); "since"
# and "as of" dates say so through their time rules.
[cumulative]
so far
to date
thus far
running total
running toll
bringing the total
bringing the toll
bringing the death toll
brings the total
brings the toll
brings the death toll
has risen to
have risen to
has climbed to
has reached
since the start
since the beginning
since the war began
since the conflict began
count reaching
count reached
now stands at
stands at
raised its count
raised its official count
raised the count
raised the toll
raised the death toll
updated its count

# Nouns of a register of people: the disappeared a sentence with one counts are the register as it stood ("In 2022, the
# national registry reached more than 100,000 missing people"), a stock whatever year it names; "since records began" stays a tally.
[register]
register
registry
registers

# A count said to have risen to its figure, before it in its clause ("death toll hits 8,306", "the number of deaths
# in the campaign rose to more than 4,500"): told on the day, with no event noun in its sentence, a running tally.
# Not "reached" or "hit" alone ("a boat reached Lampedusa with 50 migrants").
[tally rise]
toll hits
toll hit
tally hits
count hits
toll reaches
tally reaches
toll tops
tally tops
rose to
rises to
risen to
climbed to
climbs to
jumped to
jumps to
soared to
soars to
increased to
went up to

# A verb of a count reaching its figure, a running tally only with a toll noun before it in the clause ("the death
# toll in Darfur hits 1,240"); alone, "reached" or "hit" are no tally ("a boat reached Lampedusa with 50 migrants").
[toll verb]
hits
hit
reaches
reached
tops
topped
passes
passed
surpasses
surpassed
exceeds
exceeded
stands at
stood at

[toll noun]
toll
tally
count
number of deaths
number of dead
number of people killed
number of victims

# Nouns of one event: a count in their sentence, on one day or a few, is an incident (issue 17).
# Singular only: "attacks this year" is a tally of many.
[incident]
attack
massacre
bombing
blast
explosion
ambush
raid
shooting
shootout
shoot-out
riot
gunfight
firefight
shipwreck
capsized
sank
stampede
fire
crash
car bomb
suicide bombing
assault
clash
airstrike
air strike
rampage
landslide
the incident
at a ranch
at a party
at a bar
at a wedding
at a funeral
at a market
at a school
at a church
at a mosque
at a nightclub

# Words that tell of an attack, in a sentence of no figure that dates it ("Gunmen attacked the village on March 3",
# "The first attacks occurred overnight Friday"): the counts right after it with no time of their own are of that day,
# and a period stated before ends (realnews/README.md, "Period"). The nouns of [incident] count too.
[event verb]
attacked
attacks
stormed
raided
ambushed
opened fire
bombed
shelled
# Other verbs of one attack dated in a sentence of no figure ("On Friday, regime jets strafed a school. Five civilians
# died"): the day of the event the next sentence counts.
strafed
dropped bombs
fired on

# A day's count spread over several events, places or boats (realnews/README.md, "Kind": an incident is one event in
# one place): "more than 200 crossed the Channel in three boats on Monday", "five bodies found in different parts of
# the city". Only read when the count is of one day and no noun of one event stands in its sentence.
[several events]
# Several flights in a day are several events: a day's deportations or returns on them are a flow (realnews/README.md, "Kind").
flights
boats
small boats
dinghies
vessels
separate attacks
separate incidents
separate shootings
across the city
across the country
nationwide
in different parts
in various parts
in different places

# Nouns of a crime statistic: a count of homicides, murders or cases is of many events, never one (realnews/README.md,
# "Kind"): with no time of its own or one day's, a flow ("two homicides were reported in the Francisco Villa
# neighbourhood", "Portland has the fewest murders with 10"); told as current with no period, a running tally. A noun of
# one event in its sentence still makes it that event ("the murders of three women at a bar").
[statistic noun]
homicides
murders
recorded murders
homicide cases
murder cases
cases
femicides
feminicides
violent deaths

# Violence that goes on for months or years: a count of it in a perfect tense with no date is a running
# tally ("the war has killed more than 10,000"); without one, a fresh event ("gunmen have abducted six").
[long running]
war
wars
civil war
drug war
war on drugs
conflict
crackdown
campaign
insurgency
uprising
offensive
occupation
siege
violence
crisis
genocide

# Auxiliaries of a perfect tense, the past one too, a few words before a count with no time of its own: with a word of a
# long-running violence in its sentence, a running tally ("an insurgency that has left at least 36,000 dead and displaced
# about 2 million", "said it had documented the deaths of 202,354 people in less than four years of conflict").
[tally auxiliary]
has
have
had

# "Already" beside a present perfect in a count's clause ("have already been killed", "at least 900 have already fled"):
# the count as it stands when told, a running tally (realnews/README.md, "Kind"). Not a past perfect ("had already been
# displaced" before an event is a count of that earlier time); the present auxiliary is [perfect].
[tally already]
already

# Words before who a count is credited to ("according to INEGI", "citing police"); verbs of saying
# after or before it are [attribution].
[attribution lead]
according to
according to data from
according to figures from
citing
data from
figures from

# Words for people's kin: a place right after them and a locative is where the kin live, not where violence
# happened ("ransom paid by relatives in the United States").
[kin]
relatives
families
family
family members
loved ones
relatives'
kin

# Words before a one-event noun that make it an event of the past ("six months after the massacre of
# 72 migrants"): a count in it is not dated by the publication day.
[event reference]
after
since
following
before

# How a photo caption may open, whatever it ends with: the mark of an archive picture ("FILE PHOTO: ...", "FILE - In this
# photo ...", "TOPSHOT - ..."). A block of a page that opens so, up to 300 characters, is a caption (clean.PhotoCaption).
[caption opening]
file photo
file image
file picture
file -
topshot
in this file photo
archive photo
archive image

# How a photo or video caption on a page ends: its credit ("Picture: Alamy", "Photo : Reuters",
# "(AFP)", "/ Supplied", "(Jane Doe/PA)"; "[EPA]" is read as "(EPA)"; a video player's message ends "Back to video"; "(File: AP)", "(AFP: Jane Doe)" name the agency before a colon).
# A block that ends so is the caption, not the article (clean.PhotoCaption).
[photo credit]
picture:
pictures:
photo:
photos:
photograph:
photo credit:
image:
images:
credit:
courtesy:
(afp)
(ap)
(reuters)
(epa)
(getty images)
(file:
(afp:
(ap:
(reuters:
(epa:
/ supplied
/ file
getty images
ap photo
afp photo
reuters photo
epa photo
file photo
photo by
photos by
/ afp
/ reuters
/ ap
/ epa
efe/
reuters/
afp/
epa/
ap/
/pa)
/pa wire)
/pa media)
/alamy)
/shutterstock)
/getty images)
back to video

# Words right before a count of the people aboard a boat or truck (guard AboardWreck: with an [accident] word in the
# sentence, those aboard are no figure).
[aboard]
boat carrying
vessel carrying
dinghy carrying
truck carrying
trailer carrying
lorry carrying
boat with
vessel with
dinghy with

# Accidents on the way: migrants killed in a crash or a capsizing died migrating (migrant_deaths),
# whatever the verb ("a truck carrying migrants overturned, killing 54"); killings of migrants stay deaths.
[accident]
roadway
roadways
crash
crashed
crashes
accident
accidents
overturned
flipped
capsized
capsizing
collision
collided
derailed
sank
sinking

# Words that make the noun of harm right after them an accident's ("102 road fatalities", "traffic deaths").
[road harm]
road
traffic

# Right after a death's verb, the death is self-inflicted: no violence ("12 inmates killed themselves", "died by
# suicide"); the perpetrators' suicides are no count of victims either.
[self harm]
themselves
by suicide

# A running tally from the start of the country's war, which the text does not date: the start is world knowledge
# (war-starts.tsv) ("killed in Gaza since the war began", "have fled since the start of the fighting").
[war start]
since the war began
since the war started
since the war broke out
since the war erupted
since war began
since war broke out
since the start of the war
since the beginning of the war
since the outbreak of the war
since the outbreak of war
since the start of the conflict
since the beginning of the conflict
since the outbreak of the conflict
since the conflict began
since the conflict started
since the conflict erupted
since the fighting began
since fighting began
since the start of the fighting
since fighting broke out
since the fighting broke out
since fighting erupted
since the fighting erupted

# Illness and hunger: deaths from them are no violence ("a cholera outbreak that has claimed 1,740 lives").
[disease]
# natural disasters kill without violence either ("an earthquake ... killing more than 2,000"); not "storm", a verb of
# attack; floods not yet (ArticleReaderTest reads "killed in the floods" as a figure)
earthquake
earthquakes
quake
hurricane
cyclone
typhoon
tsunami
mudslide
mudslides
landslides
avalanche
volcanic
eruption
heatwave
heat wave
cholera
malnutrition
hunger
starvation
starved
famine
disease
diseases
illness
measles
malaria
dengue
ebola
covid
covid-19
coronavirus
pneumonia
diarrhoea
diarrhea

# After a place and a hyphen, words that make it an actor's attribute, not where it happened
# ("the UK-based monitor", "a Saudi-led coalition", "Iran-backed rebels", "Hamas-run ministry").
[agent suffix]
based
led
backed
run
funded
sponsored
allied
supported

# Offences that are no metric: a count with no word of its own after one of them counts it, not the
# statistic the article is counting ("shootings are down with 312 cases compared to 360").
[other offence]
shooting
shootings
rape
rapes
robbery
robberies
assault
assaults
burglary
burglaries
theft
thefts
larceny
carjacking
carjackings
hijacking
hijackings
extortion
extortions
fraud
sexual
# suicides are no violence (realnews/README.md): "suicides were unchanged, with 558 cases"; not "suicide", a
# word of attacks ("a suicide bombing")
suicides

# A difference between two counts is no count: "29,000 more arrests last year than in 2011" (a word
# right after the number, then the second term later in the sentence).
[difference]
more
fewer
less

[difference end]
than
compared

# Of [difference], the words that make a difference right after the number with no second term ("with 194 less
# murders"): "more" alone adds to a count ("five more people died").
[difference alone]
fewer
less

# Words in a migrant noun phrase that make its count migrant deaths: "13 dead immigrants".
[death adjective]
dead
drowned
deceased

# Verbs of sending back that, with the counted as subject and no passive auxiliary, say they went back
# on their own: "9,936 Afghans returned from Iran" are returnees (migrants); "were returned" are deported.
[active return]
returned

# Words of coming back that, in an article counting deportations, make those coming back the deportees of
# the country that sent them ("Guatemala received 1,229 returned migrants from the United States").
[deportee return]
returned
returnees
received
repatriated
# Deportees arriving under a statistic of deportations are deportees ("32,000 of the deported Hondurans
# arrived by air").
deported
deportees

# Words right after "one" that make it a manner, not a count ("shot them one by one"; guard OneOf).
[one by one]
too many
by one
after another
after the other

# People helped are no figure (README, "What is not a figure"): words right before the count
# ("assistance to 799 Afghans", "assessments for 125 persons with specific needs"), and, in a sentence, before a breakdown of it ("including 79 children").
[helped before]
# people charged or accused are no figure either (README: counts of suspects and attackers): "an FIR against 16 persons"
charges against
fir against
an fir against
case against
cases against
complaint against
complaints against
lawsuit against
assistance to
aid to
assisted
helped
rescued
rescues
rescuing
evacuated
assessments for
assessment for
assessed
screened
support to
services to
counselling to
counseling to
# food handed out: the people fed ("distributing food to 2,000 refugees")
food to
food aid to
rations to
meals to
rescue
rescue of
# people kept from crossing are no figure either (README, "What is not a figure"): "turned back 1,130 migrants"
turned back
turning back
pushed back
pushing back
repelled

# Words right after the counted people (past a bracket or an auxiliary) that make them people helped:
# "(467 individuals) assisted", "13,500 refugees benefitted from", "41 people surviving".
[helped after]
# people who tried to cross are no figure: the count holds those kept from crossing ("20,000 tried to enter")
tried to
attempted to
try to
attempt to
# people charged are no figure: "five family members charged"
charged
were charged
have been charged
accused of
assisted
benefitted
benefited
received assistance
received aid
rescued
evacuated
surviving
survived
who survived
who survive
prevented
turned back
pushed back
repelled

# A rescue at sea of people brought ashore is how they arrive: a count of them is arrivals (analysis.RescueAtSea), when
# the sentence names a rescue by a rescuer of the coast they arrive at, and no return to the coast they left nor a wreck.
[rescue]
rescued
rescue of
rescues
rescuing
[sea rescue]
# The rescue services and ships of a coast migrants arrive at (a departure coast's navy or coast guard turning boats back
# makes apprehensions, README "Metric choices")
italian coast guard
italian coastguard
guardia costiera
greek coast guard
greek coastguard
hellenic coast guard
armed forces of malta
maltese armed forces
afm
border force
salvamento maritimo
salvamento marítimo
spanish maritime rescue
spain's maritime rescue
sea-watch
ocean viking
open arms
sos mediterranee
sos méditerranée
geo barents
humanity 1
[rescue return]
returned
returned to
taken back
brought back

# A word before a locative that makes the place an organization's seat, not where it happened ("the
# agency, headquartered in Geneva, said", "a group based in London").
[seat]
based
headquartered

# Labels a page sets above related stories ("Read more:"): the label and the headlines or cut teasers
# under it belong to other stories (RelatedLinks).
[related label]
read more
read also
also read
related
related stories
related articles
related news
related content
more stories
more news
you may also like
you might also like
recommended
recommended stories
most read
more on this story
see also
related story
more from
top stories
latest news
latest stories
don't miss
most popular
trending
trending now
read next
further reading
suggested reading
editor's picks
related coverage
you may be interested in
more from {section}
latest in {section}
latest from {section}
more stories from {section}
more news from {section}

# The word that ends a verb of change before the value it started from ("armed robbery homicides fell from 15 to 9"):
# the clause's subject is the statistic even when more words follow its noun.
[change from]
from

# Pronouns that open a relative clause after the noun it is said of ("homicides, which fell from 191 to 180").
[relative pronoun]
which
that

# Relative pronouns that never open a reported clause (not "that": "police have said that 12 died"): a present verb
# before one does not make the count in its clause current ("the worst-hit states are Rivers which recorded 176 deaths").
[relative only]
which

# A count from more than one country: a deportation list item or total so named is placed in none.
[several countries]
other countries
several countries
various countries
different countries
other nations
several nations

[share restated]
# Words between a share and the count it comes to ("82%, or 1,871", "a fifth, that is 5,007"): the count is that part
# of the statistic counted; link rule Elliptical. Not a change ("down 82.83%, or 2,129").
or
that is
i.e.
equivalent to
amounting to
