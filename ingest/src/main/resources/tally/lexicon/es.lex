# Spanish lexicon of the Tally extractor: the same sections as en.lex (see there for what each
# means). Mexican and Central American press usage first ("15 mil 273", "EU" for the United States).

[settings]
capitalized months -> no
decimal comma -> yes
subject after verb -> yes

[date joiner]
de
del

# Una preposición ante el año que también se escribe de otro modo: cada plantilla de [time] con "de {year}" lee también
# "del {year}" ("del 1 de enero al 20 de noviembre del 2024", "en el primer trimestre del 2023").
[year preposition]
de -> del

[stopwords]
de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas fue fueron es son ha han había habían era eran será según sido ser está están estaba tras cada mientras aunque así luego después pues sino cuyo cuya ello dicho dijo ocurrieron ocurrió ocurrían sucedieron sucedió

[qualifier]
más de -> at_least
al menos -> at_least
por lo menos -> at_least
como mínimo -> at_least
no menos de -> at_least
poco más de -> at_least
arriba de -> at_least
más de un -> at_least
cerca de -> approximately
alrededor de -> approximately
unos -> approximately
unas -> approximately
aproximadamente -> approximately
casi -> approximately
poco menos de -> approximately
un estimado de -> approximately
se estima que -> approximately
estimados -> approximately
aproximados -> approximately
unos cuantos -> approximately
en torno a -> approximately
del orden de -> approximately
menos de -> at_most
hasta -> at_most
no más de -> at_most
como máximo -> at_most
un máximo de -> at_most
un total de -> exact
una cifra récord de -> exact
# "con apenas 175 en julio", "solo 3 lo consiguieron": la cifra exacta, dicha pequeña; el adverbio abre su mención
apenas -> exact
solo -> exact
sólo -> exact
solamente -> exact

[qualifier after]
o más -> at_least
aproximadamente -> approximately
más o menos -> approximately

[filler]
en total
a
el
la
los
las
otros
otras
un total de
# "300 hombres y 200 mujeres, para un total de 500": el total de la cifra de antes (link rule Continuation)
para un total de
# "detuvieron y consignaron a 45 personas": un segundo verbo de lo que siguió a la detención; la cifra sigue siendo el
# objeto del primero (espejo del inglés "arrested and charged")
y consignó
y consignaron
y procesó
y procesaron
para hacer un total de
haciendo un total de
dando un total de
la cifra de
un récord de
récord de
al
sus

[noun]
# Registros de una cuenta: cuentan la estadística que el artículo cuenta ("85 carpetas" tras
# secuestros), salvo que una frase de abajo lo diga ("105 casos de homicidio").
casos -> record
carpetas -> record
carpetas de investigación -> record
# "3 mil 779 averiguaciones previas y carpetas de investigación" (SESNSP, Mexico): expedientes de la estadística.
averiguaciones -> record
averiguaciones previas -> record
denuncias -> record
registros -> record
solicitudes -> record
peticiones -> record
# "en enero hubo 17 crímenes", "San José, con 59 crímenes", "11.575 detecciones" (Frontex), "95 mil reportes".
crímenes -> record
detecciones -> record
reportes -> record
casos de homicidio -> deaths
denuncias de homicidio -> deaths
denuncias de homicidios -> deaths
denuncias de secuestro -> kidnappings
denuncias de secuestros -> kidnappings
denuncias de desaparición -> disappearances
casos de homicidio doloso -> deaths
casos policiales de homicidio -> deaths
casos de secuestro -> kidnappings
casos de privación ilegal de la libertad -> kidnappings
casos de privación de la libertad -> kidnappings
denuncias por privación de la libertad -> kidnappings
denuncias por privación ilegal de la libertad -> kidnappings
carpetas de investigación por secuestro -> kidnappings
carpetas de investigación por homicidio doloso -> deaths
averiguaciones previas por homicidio doloso -> deaths
averiguaciones y carpetas de investigación por homicidio doloso -> deaths
averiguaciones previas y carpetas de investigación por homicidio doloso -> deaths
casos de desaparición -> disappearances
personas desaparecidas -> disappearances
peticiones de refugio -> asylum_claims
víctimas de homicidio -> deaths
víctimas de homicidio doloso -> deaths
víctimas de asesinato -> deaths
víctimas de feminicidio -> deaths
víctimas de desaparición forzada -> disappearances
víctimas de secuestro -> kidnappings
eventos -> apprehensions
detenciones de migrantes -> apprehensions
ingresos irregulares -> migrants
ingresos ilegales -> migrants
ingresos clandestinos -> migrants
entradas irregulares -> migrants
entradas ilegales -> migrants
misioneros -> person
religiosos -> person
monjas -> person
voluntarios -> person
empleados -> person
obreros -> person
sospechosos -> person
presuntos secuestradores -> person
sobrevivientes -> person
nacionales -> person
personas balseros -> migrant
migrantes -> migrant
muertos -> deaths
muertas -> deaths
muerte -> deaths
muertes -> deaths
asesinatos -> deaths
asesinato -> deaths
homicidios -> deaths
homicidio -> deaths
homicidios dolosos -> deaths
ejecutados -> deaths
ejecuciones -> deaths
víctimas mortales -> deaths
# "al registrar 143 pérdidas humanas": vidas perdidas, muertes
pérdidas humanas -> deaths
fallecidos -> deaths
fallecidas -> deaths
fallecimientos -> deaths
decesos -> deaths
cadáveres -> deaths
cuerpos -> deaths
asesinados -> deaths
asesinadas -> deaths
feminicidios -> deaths
femicidios -> deaths
infanticidios -> deaths
vidas -> lives
heridos -> injuries
heridas -> injuries
lesionados -> injuries
lesionadas -> injuries
secuestros -> kidnappings
secuestrados -> kidnappings
secuestradas -> kidnappings
plagiados -> kidnappings
plagios -> kidnappings
desaparecidos -> disappearances
desaparecidas -> disappearances
desapariciones -> disappearances
no localizados -> disappearances
personas no localizadas -> disappearances
detenidos -> arrests
detenidas -> arrests
detenciones -> arrests
arrestos -> arrests
arrestados -> arrests
capturados -> arrests
migrante -> migrant
inmigrantes -> migrant
emigrantes -> migrant
indocumentados -> migrant
migrantes indocumentados -> migrant
solicitantes de asilo -> migrant
centroamericanos -> migrant
refugiados -> migrants
desplazados -> migrants
personas desplazadas -> migrants
desplazados internos -> migrants
cruces -> migrants
cruces fronterizos -> migrants
cruces irregulares -> migrants
llegadas -> migrants
aprehensiones -> apprehensions
eventos de aprehensión -> apprehensions
# Eventos de repatriación (UPM, México; IGM, Guatemala): las devoluciones contadas una a una, deportaciones
eventos de repatriación -> deportations
eventos de deportación -> deportations
eventos de retorno -> deportations
encuentros -> apprehensions
deportaciones -> deportations
deportados -> deportations
repatriados -> deportations
repatriaciones -> deportations
expulsiones -> deportations
expulsados -> deportations
migrantes muertos -> migrant_deaths
muertes de migrantes -> migrant_deaths
solicitudes de asilo -> asylum_claims
solicitudes de refugio -> asylum_claims
peticiones de asilo -> asylum_claims
solicitudes de la condición de refugiado -> asylum_claims
personas -> person
persona -> person
civiles -> person
civil -> person
hombres -> person
mujeres -> person
niños -> person
niñas -> person
menores -> person
jóvenes -> person
adolescentes -> person
estudiantes -> person
normalistas -> person
soldados -> person
militares -> person
policías -> person
agentes -> person
elementos -> person
marinos -> person
periodistas -> person
víctimas -> person
# Sin tilde, como se escribe a menudo en la web ("Baja California con 140 victimas", "contabiliza 203 victimas").
victimas -> person
habitantes -> person
pobladores -> person
campesinos -> person
trabajadores -> person
pasajeros -> person
# Pueblos sin un país del nomenclátor, como en en.lex ("mató a 2.310 palestinos", "30.000 rohinyás llegaron").
palestinos -> person
palestinas -> person
israelíes -> person
rohinyás -> person
rohingyas -> person
kurdos -> person
yazidíes -> person
uigures -> person
tutsis -> person
hutus -> person
hazaras -> person
integrantes -> person
miembros -> person
presuntos -> person
delincuentes -> person
sicarios -> person
pandilleros -> person
reos -> person
internos -> person
presos -> person
reclusos -> person
rehenes -> person
manifestantes -> person
activistas -> person
turistas -> person
alcaldes -> person
funcionarios -> person
candidatos -> person
sacerdotes -> person
familiares -> person
hermanos -> person
hermanas -> person
hijos -> person
hijas -> person
individuos -> person
sujetos -> person
ciudadanos -> person
connacionales -> person
extranjeros -> person
guerrilleros -> person
narcotraficantes -> person
criminales -> person
# actores armados que [armed] ya nombra: muertos o detenidos, son personas (espejo del inglés "bandits")
bandidos -> person
separatistas -> person
piratas -> person
asaltantes -> person
pistoleros -> person
atacantes -> person
agresores -> person
madres -> person
padres -> person
bebés -> person
ancianos -> person
líderes -> person
# Quiénes son los contados por su cargo o condición ("1.096 cabecillas de pandillas", "cuatro uniformados", "41
# exguerrilleros", "dos particulares": civiles), como "líderes" y "excombatientes".
cabecillas -> person
dirigentes -> person
uniformados -> person
exguerrilleros -> person
particulares -> person
# Firmantes de paz y excombatientes (Colombia: "siete firmantes del Acuerdo de Paz"), infantes de marina, y la sigla de
# los informes de migración para niños, niñas y adolescentes ("1,845 NNA no acompañados").
firmantes -> person
excombatientes -> person
infantes de marina -> person
nna -> person
defensores -> person
comuneros -> person
indígenas -> person
jornaleros -> person
mineros -> person
choferes -> person
conductores -> person
comerciantes -> person
empresarios -> person
médicos -> person
enfermeras -> person
maestros -> person
profesores -> person
universitarios -> person
# person-nouns-es.tsv lo trae solo en femenino ("camarera, camareras")
camareros -> person
aficionados -> person
feligreses -> person
fieles -> person
hombres armados -> person
presuntos delincuentes -> person
miembros del crimen organizado -> person
terroristas -> person
paramédicos -> person
socorristas -> person
vendedores -> person
cómplices -> person
colaboradores -> person
# Quienes pasan a los migrantes son personas, no migrantes ("35 detenciones de traficantes").
traficantes -> person
traficantes de personas -> person
traficantes de migrantes -> person
coyotes -> person
polleros -> person
tratantes -> person
# Familias contadas como grupo son cosas, no personas ("35 unidades familiares", "5 núcleos familiares"),
# aunque "familiares" solo sea persona ("dos familiares de la víctima").
unidades familiares -> thing
# Lugares nombrados por la gente que alojan son cosas ("los dos campos de refugiados").
campos de refugiados -> thing
campamentos de refugiados -> thing
campamentos de migrantes -> thing
albergues para migrantes -> thing
albergues de migrantes -> thing
centros de detención -> thing
estaciones migratorias -> thing
# Embarcaciones y vuelos: una cifra suya cuenta cosas ("190 embarcaciones", "13 vuelos"), y lo que la sigue sin nombre
# propio sigue con ellas (link.Elliptical).
embarcaciones -> thing
pateras -> thing
cayucos -> thing
lanchas -> thing
barcos -> thing
botes -> thing
vuelos -> thing
aviones -> thing
núcleos familiares -> thing
grupos familiares -> thing
# Cosas que cuenta un hecho violento o un decomiso ("420 multas, de las cuales 60 por
# estacionar mal", "35 armas de fuego, 9 de ellas pistolas", "dos aldeas"): su cifra no cuenta personas, y la cifra sin
# nombre que la sigue sigue con ellas (link.NoContinuation), como tras embarcaciones y vuelos.
viviendas -> thing
casas -> thing
edificios -> thing
inmuebles -> thing
comercios -> thing
negocios -> thing
vehículos -> thing
automóviles -> thing
autos -> thing
camionetas -> thing
camiones -> thing
motocicletas -> thing
motos -> thing
autobuses -> thing
armas -> thing
armas de fuego -> thing
fusiles -> thing
pistolas -> thing
cartuchos -> thing
municiones -> thing
cargadores -> thing
granadas -> thing
artefactos explosivos -> thing
aldeas -> thing
escuelas -> thing
hospitales -> thing
iglesias -> thing
cárceles -> thing
penales -> thing
retenes -> thing
túneles -> thing
infracciones -> thing
multas -> thing
# Personas de una llegada o de un ataque por sexo, edad u origen ("72 varones adultos y tres menores",
# "sus 75 ocupantes", "15 subsaharianos y 13 magrebíes"); con su artículo, el singular cierra una
# coordinación ("tres hombres y una mujer fueron asesinados") sin ser cifra.
varones -> person
adultos -> person
ocupantes -> person
tripulantes -> person
subsaharianos -> person
subsaharianas -> person
magrebíes -> person
menores de edad -> person
mayores de edad -> person
menores no acompañados -> person
menores acompañados -> person
una mujer -> person
un hombre -> person
un menor -> person
una menor -> person
un niño -> person
una niña -> person
# Un migrante calificado por su origen o edad sigue siendo migrante ("14 migrantes magrebíes").
migrantes magrebíes -> migrant
migrantes subsaharianos -> migrant
migrantes subsaharianas -> migrant
migrantes adultos -> migrant
migrantes menores -> migrant
inmigrantes magrebíes -> migrant
inmigrantes subsaharianos -> migrant
inmigrantes subsaharianas -> migrant
inmigrantes adultos -> migrant
inmigrantes menores -> migrant
balseros -> migrant
personas migrantes -> migrant
# Migrantes dichos por su situación ("personas en situación de movilidad", Panamá, Colombia, Ecuador)
personas en situación de movilidad -> migrant
personas en situación de movilidad humana -> migrant
personas en condición de movilidad -> migrant
personas en contexto de movilidad -> migrant
personas en movilidad humana -> migrant
personas refugiadas -> migrants
personas solicitantes de asilo -> migrant
solicitantes de refugio -> migrant
retornados -> deportations
personas retornadas -> deportations
personas deportadas -> deportations
personas expulsadas -> deportations
personas devueltas -> deportations
devueltos -> deportations
personas sin vida -> deaths
hombres sin vida -> deaths
mujeres sin vida -> deaths
cuerpos sin vida -> deaths

# Oficios de las víctimas que la prensa de sucesos cuenta ("dos mototaxistas fueron acribillados", "cuatro
# taxistas baleados", "tres ganaderos secuestrados"): personas, para que el verbo que sigue cuente.
mototaxistas -> person
taxistas -> person
transportistas -> person
motociclistas -> person
motoristas -> person
ganaderos -> person
agricultores -> person
pescadores -> person
albañiles -> person
vigilantes -> person
custodios -> person
escoltas -> person
docentes -> person
abogados -> person
músicos -> person
futbolistas -> person
repartidores -> person
cobradores -> person
# Desaparecidos dichos por su paradero ("15 mil personas con paradero desconocido", México, Colombia).
personas con paradero desconocido -> disappearances
# La protección internacional es el asilo en la estadística española ("163.000 solicitudes de protección
# internacional"), también en Ceuta, Melilla y Canarias.
solicitudes de protección internacional -> asylum_claims
peticiones de protección internacional -> asylum_claims
solicitantes de protección internacional -> migrant
personas solicitantes de protección internacional -> migrant

# Retornos contados como tales ("la cifra alcanza los 2.232 retornos"), como "retornados"; víctimas del
# sicariato (Perú, Ecuador: "369 víctimas de sicariato").
retornos -> deportations
víctimas de sicariato -> deaths

[verb]
arribaron -> migrants migrants intransitive
arriban -> migrants migrants intransitive
arribó -> migrants migrants intransitive
# Otras formas de los verbos de llegada, escritas a mano como ellos (tools/build-verb-forms-tsv.py no los flexiona):
# el perfecto ("han arribado 23.537") y el imperfecto ("cada mes llegaban unas 3.000 personas", "huían 200 familias").
arribado -> migrants migrants intransitive
llegaban -> migrants migrants intransitive
entraban -> migrants migrants intransitive
ingresaban -> migrants migrants intransitive
cruzaban -> migrants migrants intransitive
huían -> migrants migrants intransitive
emigró -> migrants migrants intransitive
muerto -> deaths migrant_deaths intransitive
fallecido -> deaths migrant_deaths intransitive
desaparecido -> disappearances disappearances intransitive
desaparecen -> disappearances disappearances intransitive
desaparece -> disappearances disappearances intransitive
han desaparecido -> disappearances disappearances intransitive
asesinado -> deaths deaths transitive
matado -> deaths deaths transitive
ejecutado -> deaths deaths transitive
asesina -> deaths deaths transitive
matan -> deaths deaths transitive
asesinan -> deaths deaths transitive
ahogaron -> migrant_deaths migrant_deaths intransitive
ahogó -> migrant_deaths migrant_deaths intransitive
se ahogan -> migrant_deaths migrant_deaths intransitive
ahogan -> migrant_deaths migrant_deaths intransitive
ahogado -> migrant_deaths migrant_deaths intransitive
herido -> injuries injuries transitive
lesionado -> injuries injuries transitive
secuestrado -> kidnappings kidnappings transitive
secuestran -> kidnappings kidnappings transitive
secuestra -> kidnappings kidnappings transitive
plagiado -> kidnappings kidnappings transitive
detenido -> arrests apprehensions transitive
arrestado -> arrests apprehensions transitive
capturado -> arrests apprehensions transitive
aprehendido -> arrests apprehensions transitive
asegurado -> arrests apprehensions transitive
detiene -> arrests apprehensions transitive
detienen -> arrests apprehensions transitive
arresta -> arrests apprehensions transitive
arrestan -> arrests apprehensions transitive
captura -> arrests apprehensions transitive
capturan -> arrests apprehensions transitive
deportado -> deportations deportations transitive
repatriado -> deportations deportations transitive
expulsado -> deportations deportations transitive
expulsa -> deportations deportations transitive
expulsan -> deportations deportations transitive
repatría -> deportations deportations transitive
repatrian -> deportations deportations transitive
cruzado -> migrants migrants intransitive
llegado -> migrants migrants intransitive
ingresado -> migrants migrants intransitive
entrado -> migrants migrants intransitive
huido -> migrants migrants intransitive
emigrado -> migrants migrants intransitive
migrado -> migrants migrants intransitive
salido -> migrants migrants intransitive
atravesado -> migrants migrants intransitive
alberga -> migrants migrants transitive
albergan -> migrants migrants transitive
albergaba -> migrants migrants transitive
acoge -> migrants migrants transitive
acogen -> migrants migrants transitive
acogía -> migrants migrants transitive
acogió -> migrants migrants transitive
ha acogido -> migrants migrants transitive
ha recibido a -> migrants migrants transitive
recibió a -> migrants migrants transitive
recibe a -> migrants migrants transitive
desplazado -> migrants migrants transitive displacement
solicitado asilo -> asylum_claims asylum_claims intransitive
pedido asilo -> asylum_claims asylum_claims intransitive
solicitado refugio -> asylum_claims asylum_claims intransitive
víctimas de homicidio -> deaths deaths intransitive
víctimas de homicidio doloso -> deaths deaths intransitive
víctimas de asesinato -> deaths deaths intransitive
víctimas de desaparición forzada -> disappearances disappearances intransitive
víctimas de desaparición -> disappearances disappearances intransitive
víctimas de secuestro -> kidnappings kidnappings intransitive
asesinados -> deaths deaths transitive
asesinadas -> deaths deaths transitive
asesinada -> deaths deaths transitive
asesinaron -> deaths deaths transitive
asesinó -> deaths deaths transitive
mataron -> deaths deaths transitive
mató -> deaths deaths transitive
ejecutados -> deaths deaths transitive
ejecutadas -> deaths deaths transitive
ejecutaron -> deaths deaths transitive
ejecutó -> deaths deaths transitive
masacrados -> deaths deaths transitive
masacradas -> deaths deaths transitive
masacraron -> deaths deaths transitive
acribillados -> deaths deaths transitive
acribillaron -> deaths deaths transitive
ultimados -> deaths deaths transitive
ultimadas -> deaths deaths transitive
abatidos -> deaths deaths transitive
abatió -> deaths deaths transitive
abatieron -> deaths deaths transitive
ejecutaron a balazos -> deaths deaths transitive
fueron ejecutados -> deaths deaths transitive
degollados -> deaths deaths transitive
decapitados -> deaths deaths transitive
calcinados -> deaths deaths transitive
linchados -> deaths deaths transitive
baleados -> deaths deaths transitive
asesinados a balazos -> deaths deaths transitive
# Femeninos y singulares que faltaban ("fueron acribilladas cuatro personas", "fueron privadas de la vida").
acribilladas -> deaths deaths transitive
acribillado -> deaths deaths transitive
acribillada -> deaths deaths transitive
ultimado -> deaths deaths transitive
ultimada -> deaths deaths transitive
abatidas -> deaths deaths transitive
baleadas -> deaths deaths transitive
calcinadas -> deaths deaths transitive
degolladas -> deaths deaths transitive
decapitadas -> deaths deaths transitive
linchadas -> deaths deaths transitive
privados de la vida -> deaths deaths transitive
privadas de la vida -> deaths deaths transitive
encontradas muertas -> deaths migrant_deaths transitive
encontradas sin vida -> deaths migrant_deaths transitive
halladas sin vida -> deaths migrant_deaths transitive
hallados muertos -> deaths migrant_deaths transitive
halladas muertas -> deaths migrant_deaths transitive
encontrados muertos -> deaths migrant_deaths transitive
encontrados sin vida -> deaths migrant_deaths transitive
hallados sin vida -> deaths migrant_deaths transitive
localizados sin vida -> deaths migrant_deaths transitive
localizadas sin vida -> deaths migrant_deaths transitive
murieron -> deaths migrant_deaths intransitive
murió -> deaths migrant_deaths intransitive
mueren -> deaths migrant_deaths intransitive
muere -> deaths migrant_deaths intransitive
fallecieron -> deaths migrant_deaths intransitive
falleció -> deaths migrant_deaths intransitive
perdieron la vida -> deaths migrant_deaths intransitive
perdió la vida -> deaths migrant_deaths intransitive
perecieron -> deaths migrant_deaths intransitive
pereció -> deaths migrant_deaths intransitive
han muerto -> deaths migrant_deaths intransitive
resultaron muertos -> deaths migrant_deaths intransitive
muertos -> deaths migrant_deaths intransitive
se ahogaron -> migrant_deaths migrant_deaths intransitive
murieron ahogados -> migrant_deaths migrant_deaths intransitive
ahogados -> migrant_deaths migrant_deaths intransitive
ahogadas -> migrant_deaths migrant_deaths intransitive
se ahogó -> migrant_deaths migrant_deaths intransitive
murieron asfixiados -> migrant_deaths migrant_deaths intransitive
asfixiados -> migrant_deaths migrant_deaths intransitive
murieron de calor -> migrant_deaths migrant_deaths intransitive
murieron por deshidratación -> migrant_deaths migrant_deaths intransitive
murieron deshidratados -> migrant_deaths migrant_deaths intransitive
murieron en el desierto -> migrant_deaths migrant_deaths intransitive
heridos -> injuries injuries transitive
heridas -> injuries injuries transitive
herida -> injuries injuries transitive
hospitalizados -> injuries injuries transitive
hospitalizadas -> injuries injuries transitive
hospitalizado -> injuries injuries transitive
hospitalizada -> injuries injuries transitive
# "los otros cuatro fueron trasladados de urgencia al hospital": heridos, como "hospitalizados" (espejo del inglés)
trasladados de urgencia al hospital -> injuries injuries transitive
trasladadas de urgencia al hospital -> injuries injuries transitive
hirieron -> injuries injuries transitive
hirió -> injuries injuries transitive
lesionados -> injuries injuries transitive
lesionadas -> injuries injuries transitive
lesionaron -> injuries injuries transitive
resultaron heridos -> injuries injuries transitive
resultaron heridas -> injuries injuries transitive
resultaron lesionados -> injuries injuries transitive
secuestrados -> kidnappings kidnappings transitive
secuestradas -> kidnappings kidnappings transitive
secuestraron -> kidnappings kidnappings transitive
secuestró -> kidnappings kidnappings transitive
plagiados -> kidnappings kidnappings transitive
plagiadas -> kidnappings kidnappings transitive
plagiaron -> kidnappings kidnappings transitive
privados de la libertad -> kidnappings kidnappings transitive
privadas de la libertad -> kidnappings kidnappings transitive
privaron de la libertad -> kidnappings kidnappings transitive
raptados -> kidnappings kidnappings transitive
levantados -> kidnappings kidnappings transitive
levantaron -> kidnappings kidnappings transitive
desaparecieron -> disappearances disappearances intransitive
desapareció -> disappearances disappearances intransitive
desaparecidos -> disappearances disappearances intransitive
desaparecidas -> disappearances disappearances intransitive
fueron desaparecidos -> disappearances disappearances intransitive
desaparecidos forzadamente -> disappearances disappearances intransitive
siguen desaparecidos -> disappearances disappearances intransitive
permanecen desaparecidos -> disappearances disappearances intransitive
siguen sin ser localizados -> disappearances disappearances intransitive
no han sido localizados -> disappearances disappearances intransitive
están desaparecidos -> disappearances disappearances intransitive
reportados como desaparecidos -> disappearances disappearances intransitive
registrados como desaparecidos -> disappearances disappearances intransitive
detenidos -> arrests apprehensions transitive
detenidas -> arrests apprehensions transitive
detuvieron -> arrests apprehensions transitive
detuvo -> arrests apprehensions transitive
arrestados -> arrests apprehensions transitive
arrestadas -> arrests apprehensions transitive
arrestaron -> arrests apprehensions transitive
arrestó -> arrests apprehensions transitive
capturados -> arrests apprehensions transitive
capturadas -> arrests apprehensions transitive
capturaron -> arrests apprehensions transitive
capturó -> arrests apprehensions transitive
aprehendidos -> arrests apprehensions transitive
aprehendidas -> arrests apprehensions transitive
aprehendieron -> arrests apprehensions transitive
aprehendió -> arrests apprehensions transitive
asegurados -> arrests apprehensions transitive
aseguradas -> arrests apprehensions transitive
aseguraron -> arrests apprehensions transitive
aseguró -> arrests apprehensions transitive
interceptados -> apprehensions apprehensions transitive
interceptadas -> apprehensions apprehensions transitive
interceptaron -> apprehensions apprehensions transitive
interceptó -> apprehensions apprehensions transitive
rescatados -> apprehensions apprehensions transitive
rescataron -> apprehensions apprehensions transitive
rescatadas -> apprehensions apprehensions transitive
rescató -> apprehensions apprehensions transitive
rescata -> apprehensions apprehensions transitive
rescatan -> apprehensions apprehensions transitive
rescatado -> apprehensions apprehensions transitive
# Socorrer es rescatar ("Salvamento Marítimo ha socorrido a 63 personas"): como "rescatados", aprehensiones de México
# salvo en un rescate en el mar ([rescue], [sea rescue]); fuera de él, personas atendidas ([helped before], [helped after]).
socorrido -> apprehensions apprehensions transitive
socorridos -> apprehensions apprehensions transitive
socorridas -> apprehensions apprehensions transitive
socorrió -> apprehensions apprehensions transitive
socorrieron -> apprehensions apprehensions transitive
socorre -> apprehensions apprehensions transitive
socorren -> apprehensions apprehensions transitive
socorría -> apprehensions apprehensions transitive
socorrían -> apprehensions apprehensions transitive
# Quienes iban en una embarcación ("un cayuco en el que viajaban 87 personas", "ocupados por 122 y 57 personas"): su
# llegada, cuando la oración la dice (guard AboardWreck, [aboard verb]).
viajaban -> migrants migrants intransitive
viajaba -> migrants migrants intransitive
navegaban -> migrants migrants intransitive
navegaba -> migrants migrants intransitive
iban -> migrants migrants intransitive
ocupados por -> migrants migrants intransitive
ocupadas por -> migrants migrants intransitive
ocupado por -> migrants migrants intransitive
ocupada por -> migrants migrants intransitive
detectados -> apprehensions apprehensions transitive
detectaron -> apprehensions apprehensions transitive
detectó -> apprehensions apprehensions transitive
deportados -> deportations deportations transitive
deportadas -> deportations deportations transitive
deportaron -> deportations deportations transitive
deportó -> deportations deportations transitive
deporta -> deportations deportations transitive
deportan -> deportations deportations transitive
repatriados -> deportations deportations transitive
repatriadas -> deportations deportations transitive
repatriaron -> deportations deportations transitive
repatrió -> deportations deportations transitive
expulsados -> deportations deportations transitive
expulsadas -> deportations deportations transitive
expulsaron -> deportations deportations transitive
expulsó -> deportations deportations transitive
devueltos -> deportations deportations transitive
retornados -> deportations deportations transitive
llegaron -> migrants migrants intransitive
llegan -> migrants migrants intransitive
llega -> migrants migrants intransitive
llegó -> migrants migrants intransitive
ingresaron -> migrants migrants intransitive
ingresan -> migrants migrants intransitive
ingresa -> migrants migrants intransitive
ingresó -> migrants migrants intransitive
entraron -> migrants migrants intransitive
entran -> migrants migrants intransitive
entró -> migrants migrants intransitive
cruzaron -> migrants migrants intransitive
cruzan -> migrants migrants intransitive
cruza -> migrants migrants intransitive
cruzó -> migrants migrants intransitive
migraron -> migrants migrants intransitive
migran -> migrants migrants intransitive
emigraron -> migrants migrants intransitive
emigran -> migrants migrants intransitive
inmigraron -> migrants migrants intransitive
huyeron -> migrants migrants intransitive
huyen -> migrants migrants intransitive
huyó -> migrants migrants intransitive
se trasladaron -> migrants migrants intransitive
atravesaron -> migrants migrants intransitive
atraviesan -> migrants migrants intransitive
desplazados -> migrants migrants transitive displacement
desplazadas -> migrants migrants transitive displacement
fueron desplazados -> migrants migrants transitive displacement
se desplazaron -> migrants migrants transitive displacement
desplazó -> migrants migrants transitive displacement
desplazaron -> migrants migrants transitive displacement
obligados a huir -> migrants migrants transitive displacement
forzados a huir -> migrants migrants transitive displacement
huyeron de sus hogares -> migrants migrants transitive displacement
# El infinitivo tras un verbo causativo ("ha obligado a 600 mil personas a desplazarse de sus hogares", SubjectVerb):
# solo huir o desplazarse de sus hogares, no cualquier infinitivo ("obligó a 40 comerciantes a cerrar")
huir de sus hogares -> migrants migrants intransitive displacement
huir de sus casas -> migrants migrants intransitive displacement
desplazarse de sus hogares -> migrants migrants intransitive displacement
abandonar sus hogares -> migrants migrants intransitive displacement
abandonar sus casas -> migrants migrants intransitive displacement
solicitaron asilo -> asylum_claims asylum_claims intransitive
pidieron asilo -> asylum_claims asylum_claims intransitive
solicitaron refugio -> asylum_claims asylum_claims intransitive
pidieron refugio -> asylum_claims asylum_claims intransitive
presentaron solicitudes de asilo -> asylum_claims asylum_claims intransitive
solicitaron protección -> asylum_claims asylum_claims intransitive
buscaron asilo -> asylum_claims asylum_claims intransitive
solicitan asilo -> asylum_claims asylum_claims intransitive
piden asilo -> asylum_claims asylum_claims intransitive
# Intercepciones, entradas y retornos en singular y perfecto ("ha interceptado a 87", "han accedido a Ceuta").
interceptado -> apprehensions apprehensions transitive
interceptada -> apprehensions apprehensions transitive
interceptan -> apprehensions apprehensions transitive
intercepta -> apprehensions apprehensions transitive
accedido -> migrants migrants intransitive
accedieron -> migrants migrants intransitive
acceden -> migrants migrants intransitive
lograron llegar -> migrants migrants intransitive
lograron entrar -> migrants migrants intransitive
lograron cruzar -> migrants migrants intransitive
consiguieron llegar -> migrants migrants intransitive
consiguieron entrar -> migrants migrants intransitive
han logrado llegar -> migrants migrants intransitive
lograron saltar -> migrants migrants intransitive
consiguieron saltar -> migrants migrants intransitive
consiguieron cruzar -> migrants migrants intransitive
# Hallar refugio en otro país es haber llegado a él ("2,7 millones hallaron refugio en países vecinos"), como "sought refuge"
hallaron refugio -> migrants migrants intransitive
encontraron refugio -> migrants migrants intransitive
hallado refugio -> migrants migrants intransitive
encontrado refugio -> migrants migrants intransitive
# Echarse al mar en balsa es emigrar por mar ("30.000 cubanos se echaron al mar en 1994")
se echaron al mar -> migrants migrants intransitive
se lanzaron al mar -> migrants migrants intransitive
desembarcaron -> migrants migrants intransitive
desembarcó -> migrants migrants transitive
desembarca -> migrants migrants transitive
han desembarcado -> migrants migrants intransitive
han llegado -> migrants migrants intransitive
desembarcados -> migrants migrants transitive
desembarcadas -> migrants migrants transitive
retornado -> deportations deportations intransitive
retornaron -> deportations deportations intransitive
retornan -> deportations deportations intransitive
retornadas -> deportations deportations transitive
devueltas -> deportations deportations transitive
devuelto -> deportations deportations transitive
devolvió -> deportations deportations transitive
devolvieron -> deportations deportations transitive
# Desplazamiento dicho por el hogar que se deja ("25.611 personas tuvieron que salir de sus hogares").
tuvieron que salir de sus hogares -> migrants migrants intransitive displacement
tuvieron que abandonar sus hogares -> migrants migrants intransitive displacement
tuvieron que dejar sus hogares -> migrants migrants intransitive displacement
tuvieron que dejar sus casas -> migrants migrants intransitive displacement
tuvieron que abandonar sus casas -> migrants migrants intransitive displacement
tuvieron que huir de sus hogares -> migrants migrants intransitive displacement
han tenido que abandonar sus hogares -> migrants migrants intransitive displacement
han tenido que dejar sus hogares -> migrants migrants intransitive displacement
abandonaron sus hogares -> migrants migrants intransitive displacement
abandonaron sus casas -> migrants migrants intransitive displacement
dejaron sus hogares -> migrants migrants intransitive displacement
dejaron sus casas -> migrants migrants intransitive displacement
salieron de sus hogares -> migrants migrants intransitive displacement
huyeron de sus casas -> migrants migrants intransitive displacement
han huido de sus hogares -> migrants migrants intransitive displacement
# Verbos que solo cuentan migrantes ("-": dichos de otras personas no cuentan nada): presentes en un
# país ("1,7 millones de migrantes venezolanos viven en Colombia") o hallados por la autoridad migratoria.
viven -> - migrants intransitive
residen -> - migrants intransitive
radican -> - migrants intransitive
localizados -> - apprehensions transitive
localizadas -> - apprehensions transitive
localizó -> - apprehensions transitive
localizaron -> - apprehensions transitive
recibió -> - migrants transitive
recibe -> - migrants transitive
reciben -> - migrants transitive
recibieron -> - migrants transitive
recibido -> - migrants transitive

# Desplazamiento sin el hogar que se deja ("375 personas tuvieron que huir", "383 personas abandonaron
# el municipio", "han tenido que desplazarse").
tuvieron que huir -> migrants migrants intransitive displacement
han tenido que huir -> migrants migrants intransitive displacement
tuvieron que desplazarse -> migrants migrants intransitive displacement
han tenido que desplazarse -> migrants migrants intransitive displacement
se vieron obligadas a desplazarse -> migrants migrants intransitive displacement
se vieron obligados a desplazarse -> migrants migrants intransitive displacement
abandonaron el municipio -> migrants migrants intransitive displacement
abandonaron la comunidad -> migrants migrants intransitive displacement
abandonaron sus comunidades -> migrants migrants intransitive displacement
abandonaron sus tierras -> migrants migrants intransitive displacement
abandonaron la zona -> migrants migrants intransitive displacement
abandonaron sus territorios -> migrants migrants intransitive displacement
huyeron del municipio -> migrants migrants intransitive displacement
# Dejar el país es emigrar ("2,7 millones de venezolanos abandonaron su país", "un millón de nicaragüenses han
# abandonado el país"); no un desplazamiento dentro de él.
abandonaron su país -> migrants migrants intransitive
abandonaron el país -> migrants migrants intransitive
han abandonado su país -> migrants migrants intransitive
han abandonado el país -> migrants migrants intransitive
abandonaron sus países -> migrants migrants intransitive
han abandonado sus países -> migrants migrants intransitive
salieron del país -> migrants migrants intransitive
han salido del país -> migrants migrants intransitive
dejaron el país -> migrants migrants intransitive
han dejado el país -> migrants migrants intransitive
# Un Estado que devuelve a personas: "regresó a 110 mil migrantes", "retornó a 138 mil".
regresó -> deportations deportations transitive
retornó -> deportations deportations transitive
regresando -> deportations deportations transitive
# Gerundios de un ataque que sigue contando ("disparó contra el grupo, hiriendo a cuatro mujeres"), como
# "killing", "wounding" en inglés.
matando -> deaths deaths transitive
asesinando -> deaths deaths transitive
hiriendo -> injuries injuries transitive
lesionando -> injuries injuries transitive
secuestrando -> kidnappings kidnappings transitive
# La libertad "suya" además de "la" libertad ("fueron privadas de su libertad", "privó de su libertad a seis"),
# y la forma ilegal ("privados ilegalmente de su libertad"): el secuestro como lo dicen fiscalías y prensa de México.
privados de su libertad -> kidnappings kidnappings transitive
privadas de su libertad -> kidnappings kidnappings transitive
privado de su libertad -> kidnappings kidnappings transitive
privada de su libertad -> kidnappings kidnappings transitive
privado de la libertad -> kidnappings kidnappings transitive
privada de la libertad -> kidnappings kidnappings transitive
privaron de su libertad -> kidnappings kidnappings transitive
privó de su libertad -> kidnappings kidnappings transitive
privó de la libertad -> kidnappings kidnappings transitive
privados ilegalmente de su libertad -> kidnappings kidnappings transitive
privadas ilegalmente de su libertad -> kidnappings kidnappings transitive
privados ilegalmente de la libertad -> kidnappings kidnappings transitive
privadas ilegalmente de la libertad -> kidnappings kidnappings transitive
levantadas -> kidnappings kidnappings transitive
levantado -> kidnappings kidnappings transitive
levantada -> kidnappings kidnappings transitive
raptadas -> kidnappings kidnappings transitive
raptaron -> kidnappings kidnappings transitive
raptó -> kidnappings kidnappings transitive
mantiene en cautiverio -> kidnappings kidnappings transitive
mantienen en cautiverio -> kidnappings kidnappings transitive
# Desaparecidos que siguen sin aparecer, con los verbos de estado que la prensa usa ("continúan desaparecidas",
# "se encuentran desaparecidos", "con paradero desconocido").
continúan desaparecidos -> disappearances disappearances intransitive
continúan desaparecidas -> disappearances disappearances intransitive
se encuentran desaparecidos -> disappearances disappearances intransitive
se encuentran desaparecidas -> disappearances disappearances intransitive
siguen desaparecidas -> disappearances disappearances intransitive
permanecen desaparecidas -> disappearances disappearances intransitive
reportadas como desaparecidas -> disappearances disappearances intransitive
registradas como desaparecidas -> disappearances disappearances intransitive
siguen sin ser localizadas -> disappearances disappearances intransitive
no han sido localizadas -> disappearances disappearances intransitive
continúan sin ser localizados -> disappearances disappearances intransitive
continúan sin ser localizadas -> disappearances disappearances intransitive
siguen con paradero desconocido -> disappearances disappearances intransitive
permanecen con paradero desconocido -> disappearances disappearances intransitive
se encuentran con paradero desconocido -> disappearances disappearances intransitive
# Muertes en el camino dichas por el cruce o la ruta ("650 personas han muerto al intentar cruzar la frontera",
# "51 personas fallecieron en viajes migratorios"): muertes de migrantes aunque la frase no los nombre.
murieron al intentar cruzar -> migrant_deaths migrant_deaths intransitive
murieron intentando cruzar -> migrant_deaths migrant_deaths intransitive
murieron en rutas migratorias -> migrant_deaths migrant_deaths intransitive
murieron en la ruta migratoria -> migrant_deaths migrant_deaths intransitive
murieron en viajes migratorios -> migrant_deaths migrant_deaths intransitive
murieron durante la travesía -> migrant_deaths migrant_deaths intransitive
murieron en la travesía -> migrant_deaths migrant_deaths intransitive
han muerto al intentar cruzar -> migrant_deaths migrant_deaths intransitive
han muerto intentando cruzar -> migrant_deaths migrant_deaths intransitive
han muerto en rutas migratorias -> migrant_deaths migrant_deaths intransitive
han muerto en la ruta migratoria -> migrant_deaths migrant_deaths intransitive
han muerto en viajes migratorios -> migrant_deaths migrant_deaths intransitive
han muerto durante la travesía -> migrant_deaths migrant_deaths intransitive
han muerto en la travesía -> migrant_deaths migrant_deaths intransitive
fallecieron al intentar cruzar -> migrant_deaths migrant_deaths intransitive
fallecieron intentando cruzar -> migrant_deaths migrant_deaths intransitive
fallecieron en rutas migratorias -> migrant_deaths migrant_deaths intransitive
fallecieron en la ruta migratoria -> migrant_deaths migrant_deaths intransitive
fallecieron en viajes migratorios -> migrant_deaths migrant_deaths intransitive
fallecieron durante la travesía -> migrant_deaths migrant_deaths intransitive
fallecieron en la travesía -> migrant_deaths migrant_deaths intransitive
han fallecido al intentar cruzar -> migrant_deaths migrant_deaths intransitive
han fallecido intentando cruzar -> migrant_deaths migrant_deaths intransitive
han fallecido en rutas migratorias -> migrant_deaths migrant_deaths intransitive
han fallecido en la ruta migratoria -> migrant_deaths migrant_deaths intransitive
han fallecido en viajes migratorios -> migrant_deaths migrant_deaths intransitive
han fallecido durante la travesía -> migrant_deaths migrant_deaths intransitive
han fallecido en la travesía -> migrant_deaths migrant_deaths intransitive
perdieron la vida al intentar cruzar -> migrant_deaths migrant_deaths intransitive
perdieron la vida intentando cruzar -> migrant_deaths migrant_deaths intransitive
perdieron la vida en rutas migratorias -> migrant_deaths migrant_deaths intransitive
perdieron la vida en la ruta migratoria -> migrant_deaths migrant_deaths intransitive
perdieron la vida en viajes migratorios -> migrant_deaths migrant_deaths intransitive
perdieron la vida durante la travesía -> migrant_deaths migrant_deaths intransitive
perdieron la vida en la travesía -> migrant_deaths migrant_deaths intransitive
han perdido la vida al intentar cruzar -> migrant_deaths migrant_deaths intransitive
han perdido la vida intentando cruzar -> migrant_deaths migrant_deaths intransitive
han perdido la vida en rutas migratorias -> migrant_deaths migrant_deaths intransitive
han perdido la vida en la ruta migratoria -> migrant_deaths migrant_deaths intransitive
han perdido la vida en viajes migratorios -> migrant_deaths migrant_deaths intransitive
han perdido la vida durante la travesía -> migrant_deaths migrant_deaths intransitive
han perdido la vida en la travesía -> migrant_deaths migrant_deaths intransitive
# Tras "han" como relleno el verbo empieza en el participio ("han muerto al intentar cruzar").
muerto al intentar cruzar -> migrant_deaths migrant_deaths intransitive
muerto intentando cruzar -> migrant_deaths migrant_deaths intransitive
muerto en rutas migratorias -> migrant_deaths migrant_deaths intransitive
muerto en la ruta migratoria -> migrant_deaths migrant_deaths intransitive
muerto en viajes migratorios -> migrant_deaths migrant_deaths intransitive
muerto durante la travesía -> migrant_deaths migrant_deaths intransitive
muerto en la travesía -> migrant_deaths migrant_deaths intransitive
fallecido al intentar cruzar -> migrant_deaths migrant_deaths intransitive
fallecido intentando cruzar -> migrant_deaths migrant_deaths intransitive
fallecido en rutas migratorias -> migrant_deaths migrant_deaths intransitive
fallecido en la ruta migratoria -> migrant_deaths migrant_deaths intransitive
fallecido en viajes migratorios -> migrant_deaths migrant_deaths intransitive
fallecido durante la travesía -> migrant_deaths migrant_deaths intransitive
fallecido en la travesía -> migrant_deaths migrant_deaths intransitive
perdido la vida al intentar cruzar -> migrant_deaths migrant_deaths intransitive
perdido la vida intentando cruzar -> migrant_deaths migrant_deaths intransitive
perdido la vida en rutas migratorias -> migrant_deaths migrant_deaths intransitive
perdido la vida en la ruta migratoria -> migrant_deaths migrant_deaths intransitive
perdido la vida en viajes migratorios -> migrant_deaths migrant_deaths intransitive
perdido la vida durante la travesía -> migrant_deaths migrant_deaths intransitive
perdido la vida en la travesía -> migrant_deaths migrant_deaths intransitive

# El perfecto de "perder la vida" ("166 migrantes han perdido la vida"): sin él la cifra quedaba para el
# sustantivo y contaba migrantes que llegan.
perdido la vida -> deaths migrant_deaths intransitive
han perdido la vida -> deaths migrant_deaths intransitive
ha perdido la vida -> deaths migrant_deaths intransitive
# Refugio pedido en perfecto y protección internacional pedida ("35.519 personas han pedido refugio").
pedido refugio -> asylum_claims asylum_claims intransitive
solicitado protección internacional -> asylum_claims asylum_claims intransitive
pedido protección internacional -> asylum_claims asylum_claims intransitive
pidieron protección internacional -> asylum_claims asylum_claims intransitive
# Rehenes que un grupo retiene ("mantiene retenidas a más de 18 personas", "siguen en cautiverio"); "estaban en
# cautiverio" solo no basta (migrantes hallados por la autoridad).
mantiene retenidas -> kidnappings kidnappings transitive
mantienen retenidas -> kidnappings kidnappings transitive
mantiene retenidos -> kidnappings kidnappings transitive
mantienen retenidos -> kidnappings kidnappings transitive
permanecen en cautiverio -> kidnappings kidnappings intransitive
siguen en cautiverio -> kidnappings kidnappings intransitive

# Detenidos entregados al fiscal ("cinco personas fueron puestas a disposición de la fiscalía"), como lo
# escriben las policías y fiscalías de México y Centroamérica.
puestos a disposición -> arrests arrests transitive
puestas a disposición -> arrests arrests transitive
# Deportados que llegan dichos como tales ("200 hondureños llegaron deportados desde Estados Unidos").
llegaron deportados -> deportations deportations intransitive
llegan deportados -> deportations deportations intransitive
han llegado deportados -> deportations deportations intransitive
regresaron deportados -> deportations deportations intransitive
retornaron deportados -> deportations deportations intransitive

# Regresos al país dichos de connacionales ("más de 10 mil connacionales han regresado al país"): retornados,
# migrantes del país al que vuelven.
regresaron al país -> migrants migrants intransitive
han regresado al país -> migrants migrants intransitive
regresado al país -> migrants migrants intransitive
volvieron al país -> migrants migrants intransitive
han vuelto al país -> migrants migrants intransitive
vuelto al país -> migrants migrants intransitive

[subject verb]
alcanzaron -> migrants migrants intransitive

[lives verb]
cobrado
cobró
cobra
cobran
cobraron
costado
costó
cuesta
segado
segó
arrebatado
arrebató
# Vidas que se pierden, dichas con la cifra delante ("1.238 vidas se han perdido", "1.060 vidas perdidas").
se han perdido
se perdieron
se pierden
perdidas
perdido
han perdido
perdieron

[act of]
devolución de -> deportations deportations
devoluciones de -> deportations deportations
repatriaciones de -> deportations deportations
deportaciones de -> deportations deportations
expulsiones de -> deportations deportations
arribo de -> migrants migrants
llegadas de -> migrants migrants
desplazamiento forzado de -> migrants migrants
retorno de -> migrants migrants
cuerpos mutilados de -> deaths deaths
cuerpos sin vida de -> deaths migrant_deaths
cuerpos decapitados de -> deaths deaths
restos óseos de -> deaths migrant_deaths
restos humanos de -> deaths migrant_deaths
los cuerpos de -> deaths migrant_deaths
los restos de -> deaths migrant_deaths
muerte de -> deaths migrant_deaths
deceso de -> deaths migrant_deaths
decesos de -> deaths migrant_deaths
fallecimiento de -> deaths migrant_deaths
muertes de -> deaths migrant_deaths
asesinato de -> deaths deaths
asesinatos de -> deaths deaths
homicidio de -> deaths deaths
masacre de -> deaths deaths
matanza de -> deaths deaths
ejecución de -> deaths deaths
cuerpos de -> deaths migrant_deaths
restos de -> deaths migrant_deaths
restos mortales de -> deaths migrant_deaths
los restos mortales de -> deaths migrant_deaths
cadáveres de -> deaths migrant_deaths
vida de -> deaths deaths
vidas de -> deaths deaths
la vida de -> deaths deaths
secuestro de -> kidnappings kidnappings
secuestros de -> kidnappings kidnappings
desaparición de -> disappearances disappearances
desapariciones de -> disappearances disappearances
detención de -> arrests apprehensions
captura de -> arrests apprehensions
arresto de -> arrests apprehensions
deportación de -> deportations deportations
repatriación de -> deportations deportations
expulsión de -> deportations deportations
llegada de -> migrants migrants
desplazamiento de -> migrants migrants
entrada de -> migrants migrants
entradas de -> migrants migrants
entrada ilegal de -> migrants migrants
entrada irregular de -> migrants migrants
ingreso de -> migrants migrants
ingreso irregular de -> migrants migrants
intercepción de -> apprehensions apprehensions
interceptación de -> apprehensions apprehensions

[total noun]
entradas irregulares -> migrants
entradas ilegales -> migrants
ingresos irregulares -> migrants
ingresos ilegales -> migrants
ingresos clandestinos -> migrants
denuncias de homicidio -> deaths
denuncias de homicidios -> deaths
denuncias de secuestro -> kidnappings
denuncias de secuestros -> kidnappings
denuncias de desaparición -> disappearances
detenciones de migrantes -> apprehensions
expulsiones -> deportations
expulsiones de migrantes -> deportations
cifra de muertos -> deaths
número de muertos -> deaths
saldo -> deaths
cifra de víctimas -> deaths
número de víctimas -> deaths
total de homicidios -> deaths
cifra de homicidios -> deaths
número de homicidios -> deaths
homicidios -> deaths
homicidios dolosos -> deaths
feminicidios -> deaths
femicidios -> deaths
infanticidios -> deaths
asesinatos -> deaths
muertes -> deaths
ejecuciones -> deaths
cifra de asesinatos -> deaths
número de asesinatos -> deaths
cifra de desaparecidos -> disappearances
número de desaparecidos -> disappearances
desaparecidos -> disappearances
desapariciones -> disappearances
cifra de secuestros -> kidnappings
secuestros -> kidnappings
número de secuestros -> kidnappings
detenciones -> arrests
número de detenidos -> arrests
cifra de migrantes -> migrants
número de migrantes -> migrants
población migrante -> migrants
población refugiada -> migrants
llegadas -> migrants
cruces -> migrants
caravana -> migrants
aprehensiones -> apprehensions
número de aprehensiones -> apprehensions
deportaciones -> deportations
número de deportados -> deportations
repatriaciones -> deportations
solicitudes de asilo -> asylum_claims
solicitudes de refugio -> asylum_claims
número de solicitudes de asilo -> asylum_claims
# Los solicitantes de asilo contados como total son solicitudes registradas ("el número de solicitantes de
# asilo alcanzó las 163.220 personas en 2023"), como en inglés; los que llegan son migrantes (verbo de llegada).
solicitantes de asilo -> asylum_claims
número de solicitantes de asilo -> asylum_claims
# Solicitantes y refugiados contados juntos son personas presentes, no solicitudes.
número de solicitantes de asilo y refugiados -> migrants
cifra de solicitantes de asilo -> asylum_claims
número de solicitantes de protección internacional -> asylum_claims
muertes de migrantes -> migrant_deaths

# Un marco ante la frase de lo que cuenta un total, cualquiera cuyo núcleo conozca el léxico
# ("el número de refugiados y migrantes venezolanos ha alcanzado los tres millones").
[total frame]
número de
número total de
cifra de
cifras de
cifra total de
total de
cantidad de
balance de

# Un total sin palabra de lo que cuenta: vale por la estadística que el artículo cuenta
# ("la cifra ascendió a 1.070", "la cifra total fue de 276.215").
# Verbos que fijan un total en el número que sigue: "elevando la cifra a 40", "sitúa el número de muertos en 37"
# (regla SetTotal).
[total setter]
eleva
elevan
elevando
elevó
elevaron
sitúa
sitúan
situando
situó
situaron
lleva
llevando
llevó
pone
poniendo
puso

# Totales que solo un verbo que los fija enlaza, a la estadística que el artículo cuenta.
[set total]
total provisional

[bare total]
# "con lo que ya suman 56.000": la cláusula vuelve a la cuenta de la frase y dice su total
con lo que
cifra
número
# "En 2020 las cifras bajaron a 7.094"
cifras
números
cifra total
total
acumulado
balance
conteo
recuento
cómputo

# Una diferencia entre dos cuentas, que no es cifra: "una reducción de 117 muertos", "se superan en 13 casos",
# "703 casos menos", "10.136 más que en 2019".
[difference before]
reducción de
disminución de
aumento de
incremento de
diferencia de
superan en
supera en
superó en
superaron en
# Un cambio dicho con copulativo: "la caída fue de 97 muertes", "la baja es de 8.206 casos": la cuantía del cambio, no una
# cifra (como "a drop of" en inglés). Con artículo, para no tomar "es de" tras otra cosa.
la caída fue de
la caída es de
la caída ha sido de
la baja fue de
la baja es de
la baja ha sido de
la reducción fue de
la reducción es de
la reducción ha sido de
la disminución fue de
la disminución es de
la disminución ha sido de
el descenso fue de
el descenso es de
el descenso ha sido de
el aumento fue de
el aumento es de
el aumento ha sido de
el incremento fue de
el incremento es de
el incremento ha sido de
el alza fue de
el alza es de
el alza ha sido de
la subida fue de
la subida es de
la subida ha sido de
la diferencia fue de
la diferencia es de
la diferencia ha sido de
caída de
descenso de
alza de
subida de

# Palabras de diferencia justo después de un número: con un paréntesis que se cierra ("(10.215 más)") o un verbo
# propio después ("cinco más resultaron heridas", link.Grammar.ownVerb).
[difference]
más
menos

# La palabra que une un cambio a su cuantía: "se disminuyó en 82 casos", "aumentaron en casi 500" (guard.Difference).
[difference by]
en

[difference after]
menos
más que hace
# "teníamos 2.000 retornos más a esta fecha": la diferencia con otro año a la misma altura.
más a esta fecha
más a la misma fecha
más en el mismo periodo
más en el mismo período
más que en
más que el
más que la
más que los
más que las
más que lo
más que durante
más respecto
más en comparación
más comparado
más frente

[total link]
ha aumentado a
ha llegado a
ha subido a
se ha elevado a
ha alcanzado
ha alcanzado los
ha alcanzado las
hasta situarse en
hasta alcanzar
hasta llegar a
llegó a
llega a
llegaron a
llegan a
han llegado a
alcanzó
alcanza
alcanzaron
ascendió a
asciende a
ascienden a
suma
suman
sumó
sumaron
fue de
es de
fueron
será de
se elevó a
se elevaron a
aumentó a
subió a
bajó a
cayó a
disminuyó a
pasó de
a
de
en
con
superó
rebasó
rebasa
totalizó
se ubicó en
quedó en
y
contra
frente a
comparado con
en comparación con
respecto a
creció a
se disparó a
se redujo a
se sitúa en
se situó en
se sitúan en
se ubica en
alcanzado los
alcanzado las
alcanzó los
alcanzó las
alcanza los
superó los
superó las
supera los
supera las
superan los
superado los
superado las
rebasó los
rebasa los
llegó a los
llegaron a los
llegaron a las
llega a los
ascendió a los
pasaron de
pasaron a
pasan de
cayeron de
cayeron a
cayó de
bajaron de
bajaron a
bajó de
subieron de
subieron a
subió de
aumentaron de
aumentaron a
aumentó de
disminuyeron de
disminuyeron a
disminuyó de
descendieron de
descendieron a
descendió de
crecieron de
crecieron a
creció de
se redujeron de
pasando de
pasando a
se redujeron a
se redujo de
sumaban
sumaba
ascendía a
ascendían a
llegaba a
llegaban a
alcanzaba
alcanzaban
alcanzaba los
alcanzaba las
superaba los
superaba las
superaban los
superaban las
se situaba en
era de
eran de
# un adverbio de tiempo entre el verbo y el valor ("el número de asesinatos era entonces de 112")
era entonces de
eran entonces de
fue entonces de
ya suman
ya sumaban
# "al pasar de 478 a 987 casos", "ha pasado de las 70 ... a las 17": un cambio desde un valor, dos cuentas y no un rango
al pasar de
pasar de
ha pasado de
han pasado de
# "en febrero se sumaron 208, ... en abril se dispararon a 224": el valor de la estadística en cada mes
se sumaron
se sumó
# "Chihuahua fue el tercero con mil 757; Michoacán tuvo mil 339": el valor de la estadística en un lugar de la lista
tuvo
tuvieron
se dispararon a
hasta alcanzar los
hasta alcanzar las
# Un verbo de llegada ante "la cifra de": "el número de homicidios alcanzó la cifra de 23 mil 953".
cerraron en
cerró en
alcanzó la cifra de
alcanza la cifra de
alcanzaron la cifra de
ha alcanzado la cifra de
llegó a la cifra de
llega a la cifra de
ascendió a la cifra de
asciende a la cifra de

# Terminaciones que solo tiene un verbo conjugado: una palabra que el léxico no conoce justo después de un número y
# que acaba así es el verbo del número ("Otras 1.223 alcanzaron las islas", "30 sufrieron robo", "de las cuales
# 17.000 provienen de EE.UU.", "12 relacionaban al padre"), no un sustantivo de otras cosas (link.NounPhrases).
[verb ending]
aron
ieron
aban
ían
ienen

# Adverbios de modo entre el verbo y su cuenta ("habían entrado irregularmente 14.426 personas", "acogen
# aproximadamente a unos 2,7 millones de venezolanos"): el verbo es el de antes (Grammar.skipToVerb). Solo en español:
# en inglés el adverbio va antes del verbo.
[adverb ending]
mente

# Terminaciones de participio: tras un sustantivo de cosas, un sustantivo de la estadística con esta forma es el participio
# que lo califica, no lo contado ("120 embarcaciones llegadas a Canarias": cuenta embarcaciones; "30 pateras
# interceptadas"). Solo en español: en inglés el participio no es sustantivo.
[participle ending]
ados
adas
idos
idas

[to verb]
fueron
continúan
continúa
sigue
permanece
fue
han
ha
habían
había
han sido
habían sido
ha sido
resultaron
que
quienes
también
presuntamente
al parecer
ya
se
aún
todavía
# cuándo, entre el auxiliar y el verbo de un estado ("36.000 personas siguen actualmente desplazadas")
actualmente
siguen
permanecen
estaban
están
son
fueran
hayan
hayan sido
habrían
habrían sido
han sido reportados
fueron reportados
fueron hallados
fueron encontrados
fueron localizados
# "tres agentes quedaron heridos", "siete hombres quedaron detenidos": quedar como auxiliar del participio.
quedaron
quedó
# el perfecto de esos auxiliares ("otras seis personas han resultado heridas", "dos han quedado detenidos")
resultado
quedado
# cuán grave, entre el auxiliar y lo que les pasó ("otras 50 resultaron gravemente heridas")
gravemente
levemente
seriamente
críticamente

[passive]
fueron
continúan
continúa
sigue
permanece
fue
sido
son
es
resultaron
resultó
resultado
quedaron
quedado
están
estaban
siguen
permanecen
fueran
hallados
encontrados
localizados
reportados

# Verbos de daño hecho por un actor: el país justo antes ("Israel mató a 300") es el atacante, no el lugar.
# Verbos que hacen hacer a los contados lo que dice el infinitivo tras ellos ("ha obligado a 600 mil personas a
# desplazarse de sus hogares"): el objeto es el sujeto del infinitivo (SubjectVerb), tras la "a" de persona.
[causative]
obligado
obligó
obligaron
obliga
obligan
forzado
forzó
forzaron

[infinitive marker]
a

[harm verb]
mató
mataron
asesinó
asesinaron
hirió
hirieron
secuestró
secuestraron
masacró

[perfect]
ha
han

[unit]
# Eventos que no son personas ("105 eventos de desplazamiento masivo", "dos eventos de extrema violencia"):
# cosas contadas; "250 mil eventos" a secas en la frontera siguen siendo aprehensiones ([noun]).
eventos de desplazamiento
eventos de confinamiento
eventos de violencia
eventos de extrema violencia
eventos violentos
eventos masivos
eventos simultáneos
eventos distintos
eventos separados
eventos diferentes
por ciento
%
puntos porcentuales
puntos
año
años
años de edad
de edad
mes
meses
semana
semanas
día
días
hora
horas
minuto
minutos
segundos
kilómetros
km
metros
millas
kilos
kilogramos
toneladas
gramos
hectáreas
pesos
dólares
euros
quetzales
lempiras
colones
de pesos
de dólares
de euros
de quetzales
de lempiras
mdp
mdd
veces
votos
escaños
goles
grados
a.m.
p.m.
hrs
°
milímetros
calibre
de la mañana
de la tarde
de la noche
a 1

[label]
título
página
páginas
foto
fotografía
imagen
parte
capítulo
artículo
número
núm
núm.
no
no.
#
ruta
carretera
vuelo
calle
avenida
km
kilómetro
edad
tenía
cumplió
$
us$
mx$
€
mxn
usd
eur
lote
puerta
línea
canal
distrito
sección
casilla
zona
# Aviones y embarcaciones de Salvamento Marítimo por su número ("el avión Sasemar 103")
sasemar
salvamar
guardamar
# Nombres de pandillas con su número ("integrantes de la MS-13", "pandilleros del Barrio 18").
ms
barrio
mara

[ratio]
de cada
por cada
de
entre

# Una persona que ve, justo antes de la cifra: lo que vio un testigo no es un recuento ("un testigo vio cinco cuerpos").
[witnessed]
vi
vimos
he visto
hemos visto
había visto
pude ver
pudimos ver
testigo vio
testigos vieron
periodista vio
periodistas vieron
reportero vio
fotógrafo vio
corresponsal vio
vecino vio
vecinos vieron
dijo que vio
dijo haber visto
aseguró haber visto
contó que vio

[forecast]
en camino a
va camino de
camino de cerrar
podría
podrían
podrá
podrán
pudiera
pudieran
serán
se espera que
se prevé
prevé
prevén
planea
planean
pretende
pretenden
busca
buscan
amenaza con
amenazó con
promete
prometió
meta de
objetivo de
capacidad para
capacidad de
si
el próximo año
en los próximos
el año próximo
el próximo
estiman que llegarán
llegarían
habrá
propuesta de
potencial
# El futuro de los verbos que cierran una cuenta, y "ir a" con ellos ("terminará con 110 mil", "estimamos
# cerrar con unas 40.000 deportaciones", "van a superar el récord de 80.000"): como "will" en inglés.
terminará
terminarán
terminaría
cerrará
cerrarán
cerraría
estimamos cerrar
esperamos cerrar
espera cerrar
esperan cerrar
superará
superarán
superaría
alcanzará
alcanzarán
alcanzaría
llegará a
llegarán a
va a superar
van a superar
va a llegar
van a llegar
va a alcanzar
van a alcanzar
# Futuros y estimaciones de cierre: "terminará con 110 mil", "estimamos cerrar con unas 40.000", "van a superar".
estima cerrar
proyectamos
proyecta
proyectan

[per year]
cada año
al año
por año
anualmente
anuales
por año en promedio
en promedio cada año
año con año

[per year not before]
siguiente
anterior
pasado
de
que
y

[percent]
por ciento
%
por cien

[change down]
baja
bajó
bajaron
disminución
disminuyó
disminuyeron
descenso
descendió
caída
cayó
cayeron
reducción
redujo
se redujo
se redujeron
redujeron
reducirse
menos
menor
retroceso
decremento
# participios de un tiempo compuesto ("las llegadas han descendido un 29,3%")
descendido
disminuido
caído
bajado

[change up]
alza
aumento
aumentó
aumentaron
incremento
incrementó
subió
subieron
crecimiento
creció
crecieron
más
mayor
repunte
repuntó
se disparó
aumentado
crecido
subido
incrementado

[change by]
de
en

[change baseline]
respecto
frente
comparado
con
en
que
desde
contra

# After a percent change and its baseline, this word opens the clause of the baseline's count
# ("un 60,4 % menos que en el mismo periodo del año anterior, cuando arribaron 3.460"): the baseline's time dates that count.
[baseline count]
cuando

[crossing]
# "en las rutas migratorias", "en sus travesías"
# "durante viajes migratorios", "durante la migración": el viaje mismo
viajes
migratorios
migratorias
migración
rutas
travesías
desierto
río
bravo
mar
ahogados
ahogaron
calor
deshidratación
hipotermia
cruce
cruzar
frontera
tráiler
tráileres
caja
camión
balsa
embarcación
naufragio
tren
bestia
ruta
travesía
trayecto
restos
asfixiados
hacinados
lancha
cayuco
cayucos
patera
pateras

[destination]
a
hacia
en
hasta
al
rumbo
destino

[origin]
desde
procedentes
provenientes
originarios
# el singular ("un vuelo procedente de Houston")
procedente
proveniente
originarias

[locative]
en
dentro
por
cerca
sur
norte

# Verbos de huida: el lugar que les sigue en la misma cláusula es de donde huyeron ("huyendo de la violencia en Nicaragua"),
# hasta una palabra de rumbo ("huyeron de Nicaragua hacia Costa Rica").
[flight]
salieron
salido
salen
huyeron
huyó
huyen
huyendo
huir
escaparon
escapó
escapando
# los verbos de dejar un país ([leave country])
abandonar
dejar
abandonaron
abandonado
dejaron
dejado

# La palabra que une el nombre de un elemento de lista a su cifra ("seguido de Perú con medio millón", "Ecuador, con
# 220.000"): el país nombrado así justo antes de la cifra es el del elemento.
# Palabras que abren el siguiente elemento de una lista ("Ecuador, con 800.000, seguido de Chile con 400.000"): el lugar
# tras ellas es del elemento siguiente, no de la cifra que las precede.
[item lead]
seguido de
seguida de
seguidos de
seguidas de
seguido por
seguida por
le sigue
le siguen

[item with]
con

# Artículos que cuentan uno en una lista de cuentas por nacionalidad u origen ("10 hondureños y un nicaragüense",
# "36 de Nicaragua; una de Cuba"), como "one" en inglés; fuera de esa lista el artículo no es una cuenta.
[list one]
un
una

[heading]
a
hacia
rumbo
destino

[month]
enero -> 1
ene. -> 1
febrero -> 2
feb. -> 2
marzo -> 3
abril -> 4
abr. -> 4
mayo -> 5
junio -> 6
jun. -> 6
julio -> 7
jul. -> 7
agosto -> 8
ago. -> 8
septiembre -> 9
setiembre -> 9
sep. -> 9
sept. -> 9
octubre -> 10
oct. -> 10
noviembre -> 11
nov. -> 11
diciembre -> 12
dic. -> 12

[weekday]
lunes -> 1
martes -> 2
miércoles -> 3
jueves -> 4
viernes -> 5
sábado -> 6
domingo -> 7

[season]
principios de -> 1 3
inicios de -> 1 3
comienzos de -> 1 3
mediados de -> 7 9
finales de -> 10 12
fines de -> 10 12
el final de -> 12 12
el inicio de -> 1 1
# Estaciones con nombre, como las usa la prensa del hemisferio norte ("la primavera siguiente"); el invierno
# abarca dos años y queda fuera.
primavera -> 3 5
verano -> 6 8
otoño -> 9 11

[time]
# El "desde" de un superlativo es la vara de una comparación, no el inicio de un recuento ("el mes más violento desde
# 2009", "la cifra más baja desde 2012"): se lee como tiempo y no da periodo (COMPARED_SINCE).
más alta desde {year} -> COMPARED_SINCE
más alta desde el {year} -> COMPARED_SINCE
más alta desde {month} de {year} -> COMPARED_SINCE
más alta ... desde {year} -> COMPARED_SINCE
más alta ... desde el {year} -> COMPARED_SINCE
más alta ... desde {month} de {year} -> COMPARED_SINCE
más alto desde {year} -> COMPARED_SINCE
más alto desde el {year} -> COMPARED_SINCE
más alto desde {month} de {year} -> COMPARED_SINCE
más alto ... desde {year} -> COMPARED_SINCE
más alto ... desde el {year} -> COMPARED_SINCE
más alto ... desde {month} de {year} -> COMPARED_SINCE
más altas desde {year} -> COMPARED_SINCE
más altas desde el {year} -> COMPARED_SINCE
más altas desde {month} de {year} -> COMPARED_SINCE
más altas ... desde {year} -> COMPARED_SINCE
más altas ... desde el {year} -> COMPARED_SINCE
más altas ... desde {month} de {year} -> COMPARED_SINCE
más altos desde {year} -> COMPARED_SINCE
más altos desde el {year} -> COMPARED_SINCE
más altos desde {month} de {year} -> COMPARED_SINCE
más altos ... desde {year} -> COMPARED_SINCE
más altos ... desde el {year} -> COMPARED_SINCE
más altos ... desde {month} de {year} -> COMPARED_SINCE
más baja desde {year} -> COMPARED_SINCE
más baja desde el {year} -> COMPARED_SINCE
más baja desde {month} de {year} -> COMPARED_SINCE
más baja ... desde {year} -> COMPARED_SINCE
más baja ... desde el {year} -> COMPARED_SINCE
más baja ... desde {month} de {year} -> COMPARED_SINCE
más bajo desde {year} -> COMPARED_SINCE
más bajo desde el {year} -> COMPARED_SINCE
más bajo desde {month} de {year} -> COMPARED_SINCE
más bajo ... desde {year} -> COMPARED_SINCE
más bajo ... desde el {year} -> COMPARED_SINCE
más bajo ... desde {month} de {year} -> COMPARED_SINCE
más bajas desde {year} -> COMPARED_SINCE
más bajas desde el {year} -> COMPARED_SINCE
más bajas desde {month} de {year} -> COMPARED_SINCE
más bajas ... desde {year} -> COMPARED_SINCE
más bajas ... desde el {year} -> COMPARED_SINCE
más bajas ... desde {month} de {year} -> COMPARED_SINCE
más bajos desde {year} -> COMPARED_SINCE
más bajos desde el {year} -> COMPARED_SINCE
más bajos desde {month} de {year} -> COMPARED_SINCE
más bajos ... desde {year} -> COMPARED_SINCE
más bajos ... desde el {year} -> COMPARED_SINCE
más bajos ... desde {month} de {year} -> COMPARED_SINCE
más violento desde {year} -> COMPARED_SINCE
más violento desde el {year} -> COMPARED_SINCE
más violento desde {month} de {year} -> COMPARED_SINCE
más violento ... desde {year} -> COMPARED_SINCE
más violento ... desde el {year} -> COMPARED_SINCE
más violento ... desde {month} de {year} -> COMPARED_SINCE
más violenta desde {year} -> COMPARED_SINCE
más violenta desde el {year} -> COMPARED_SINCE
más violenta desde {month} de {year} -> COMPARED_SINCE
más violenta ... desde {year} -> COMPARED_SINCE
más violenta ... desde el {year} -> COMPARED_SINCE
más violenta ... desde {month} de {year} -> COMPARED_SINCE
más violentos desde {year} -> COMPARED_SINCE
más violentos desde el {year} -> COMPARED_SINCE
más violentos desde {month} de {year} -> COMPARED_SINCE
más violentos ... desde {year} -> COMPARED_SINCE
más violentos ... desde el {year} -> COMPARED_SINCE
más violentos ... desde {month} de {year} -> COMPARED_SINCE
más violentas desde {year} -> COMPARED_SINCE
más violentas desde el {year} -> COMPARED_SINCE
más violentas desde {month} de {year} -> COMPARED_SINCE
más violentas ... desde {year} -> COMPARED_SINCE
más violentas ... desde el {year} -> COMPARED_SINCE
más violentas ... desde {month} de {year} -> COMPARED_SINCE
más mortífero desde {year} -> COMPARED_SINCE
más mortífero desde el {year} -> COMPARED_SINCE
más mortífero desde {month} de {year} -> COMPARED_SINCE
más mortífero ... desde {year} -> COMPARED_SINCE
más mortífero ... desde el {year} -> COMPARED_SINCE
más mortífero ... desde {month} de {year} -> COMPARED_SINCE
más mortífera desde {year} -> COMPARED_SINCE
más mortífera desde el {year} -> COMPARED_SINCE
más mortífera desde {month} de {year} -> COMPARED_SINCE
más mortífera ... desde {year} -> COMPARED_SINCE
más mortífera ... desde el {year} -> COMPARED_SINCE
más mortífera ... desde {month} de {year} -> COMPARED_SINCE
más sangriento desde {year} -> COMPARED_SINCE
más sangriento desde el {year} -> COMPARED_SINCE
más sangriento desde {month} de {year} -> COMPARED_SINCE
más sangriento ... desde {year} -> COMPARED_SINCE
más sangriento ... desde el {year} -> COMPARED_SINCE
más sangriento ... desde {month} de {year} -> COMPARED_SINCE
más sangrienta desde {year} -> COMPARED_SINCE
más sangrienta desde el {year} -> COMPARED_SINCE
más sangrienta desde {month} de {year} -> COMPARED_SINCE
más sangrienta ... desde {year} -> COMPARED_SINCE
más sangrienta ... desde el {year} -> COMPARED_SINCE
más sangrienta ... desde {month} de {year} -> COMPARED_SINCE
peor desde {year} -> COMPARED_SINCE
peor desde el {year} -> COMPARED_SINCE
peor desde {month} de {year} -> COMPARED_SINCE
peor ... desde {year} -> COMPARED_SINCE
peor ... desde el {year} -> COMPARED_SINCE
peor ... desde {month} de {year} -> COMPARED_SINCE
peores desde {year} -> COMPARED_SINCE
peores desde el {year} -> COMPARED_SINCE
peores desde {month} de {year} -> COMPARED_SINCE
peores ... desde {year} -> COMPARED_SINCE
peores ... desde el {year} -> COMPARED_SINCE
peores ... desde {month} de {year} -> COMPARED_SINCE
el año fiscal {year}, que concluyó el {day} de {month} -> YEAR
el año fiscal {year}, que terminó el {day} de {month} -> YEAR
el año fiscal que concluyó en {month} -> FISCAL_YEAR_ENDED
el año fiscal que terminó en {month} -> FISCAL_YEAR_ENDED
hasta el {day} de {month} de {year} -> UNTIL_DAY
al {day} de {month} de {year} -> UNTIL_DAY
hasta el {day} de {month} del {year} -> UNTIL_DAY
el primer semestre de {year} -> HALF1
# "Al cierre del primer semestre de 2019", "a lo largo del tercer trimestre": la contracción "del" (de + el).
del primer semestre de {year} -> HALF1
del primer semestre del {year} -> HALF1
del segundo semestre de {year} -> HALF2
del segundo semestre del {year} -> HALF2
del primer semestre del año pasado -> HALF1_LAST_YEAR
del primer semestre del año -> HALF1_THIS_YEAR
del primer semestre de este año -> HALF1_THIS_YEAR
del primer trimestre de {year} -> QUARTER_1
del segundo trimestre de {year} -> QUARTER_2
del tercer trimestre de {year} -> QUARTER_3
del cuarto trimestre de {year} -> QUARTER_4
el último trimestre de {year} -> QUARTER_4
el último trimestre del {year} -> QUARTER_4
# El año de referencia de un informe que termina en un mes ("en el año terminado en marzo de 2016", "los 12 meses hasta
# junio de 2023"): los doce (N) meses que terminan con ese mes, no ese mes solo.
el año terminado en {month} de {year} -> MONTHS_TO_MONTH
el año que terminó en {month} de {year} -> MONTHS_TO_MONTH
los {n} meses hasta {month} de {year} -> MONTHS_TO_MONTH
los {n} meses terminados en {month} de {year} -> MONTHS_TO_MONTH
del primer trimestre del {year} -> QUARTER_1
del segundo trimestre del {year} -> QUARTER_2
del tercer trimestre del {year} -> QUARTER_3
del cuarto trimestre del {year} -> QUARTER_4
del primer trimestre del año -> QUARTER_THIS_YEAR_1
del segundo trimestre del año -> QUARTER_THIS_YEAR_2
del tercer trimestre del año -> QUARTER_THIS_YEAR_3
del primer trimestre -> QUARTER_THIS_YEAR_1
del segundo trimestre -> QUARTER_THIS_YEAR_2
del tercer trimestre -> QUARTER_THIS_YEAR_3
del cuarto trimestre -> QUARTER_THIS_YEAR_4
el primer semestre del {year} -> HALF1
el segundo semestre de {year} -> HALF2
el primer semestre del año pasado -> HALF1_LAST_YEAR
el primer semestre del año -> HALF1_THIS_YEAR
el primer semestre de este año -> HALF1_THIS_YEAR
el primer trimestre de {year} -> QUARTER_1
el segundo trimestre de {year} -> QUARTER_2
el tercer trimestre de {year} -> QUARTER_3
el cuarto trimestre de {year} -> QUARTER_4
el primer trimestre del año -> QUARTER_THIS_YEAR_1
el primer trimestre de este año -> QUARTER_THIS_YEAR_1
# Un trimestre sin año es el último empezado a la fecha de publicación ("en el tercer trimestre" en octubre).
el primer trimestre -> QUARTER_THIS_YEAR_1
el segundo trimestre -> QUARTER_THIS_YEAR_2
el tercer trimestre -> QUARTER_THIS_YEAR_3
el cuarto trimestre -> QUARTER_THIS_YEAR_4
el segundo trimestre del año -> QUARTER_THIS_YEAR_2
el tercer trimestre del año -> QUARTER_THIS_YEAR_3
el segundo trimestre de este año -> QUARTER_THIS_YEAR_2
el tercer trimestre de este año -> QUARTER_THIS_YEAR_3
los primeros {n} meses de {year} -> FIRST_MONTHS
los primeros {n} meses del {year} -> FIRST_MONTHS
los primeros {n} meses del año -> FIRST_MONTHS_THIS_YEAR
los primeros {n} meses del año pasado -> FIRST_MONTHS_LAST_YEAR
# "las primeras nueve semanas del año": del 1 de enero al día 63; "la última semana de julio": los siete últimos días del mes.
las primeras {n} semanas de {year} -> FIRST_WEEKS
las primeras {n} semanas del {year} -> FIRST_WEEKS
las primeras {n} semanas del año -> FIRST_WEEKS_THIS_YEAR
las primeras {n} semanas de este año -> FIRST_WEEKS_THIS_YEAR
# El número antes o después de "primeros": "los seis primeros meses de 2019", "las dos primeras semanas de 2022".
los {n} primeros meses de {year} -> FIRST_MONTHS
los {n} primeros meses del {year} -> FIRST_MONTHS
los {n} primeros meses del año -> FIRST_MONTHS_THIS_YEAR
los {n} primeros meses de este año -> FIRST_MONTHS_THIS_YEAR
los {n} primeros meses del año pasado -> FIRST_MONTHS_LAST_YEAR
las {n} primeras semanas de {year} -> FIRST_WEEKS
las {n} primeras semanas del {year} -> FIRST_WEEKS
las {n} primeras semanas del año -> FIRST_WEEKS_THIS_YEAR
las {n} primeras semanas de este año -> FIRST_WEEKS_THIS_YEAR
# "los primeros quince días del año": del 1 al 15 de enero; "los primeros diez días de marzo", "la primera quincena de
# septiembre" (del 1 al 15), "las dos primeras semanas de noviembre" (del 1 al 14): los primeros días del mes.
los primeros {n} días de {year} -> FIRST_DAYS
los primeros {n} días del {year} -> FIRST_DAYS
los primeros {n} días del año -> FIRST_DAYS_THIS_YEAR
los primeros {n} días de este año -> FIRST_DAYS_THIS_YEAR
los {n} primeros días de {year} -> FIRST_DAYS
los {n} primeros días del {year} -> FIRST_DAYS
los {n} primeros días del año -> FIRST_DAYS_THIS_YEAR
los {n} primeros días de este año -> FIRST_DAYS_THIS_YEAR
los primeros {n} días de {month} de {year} -> MONTH_FIRST_DAYS
los primeros {n} días de {month} del {year} -> MONTH_FIRST_DAYS
los primeros {n} días de {month} -> MONTH_FIRST_DAYS_RECENT
los {n} primeros días de {month} de {year} -> MONTH_FIRST_DAYS
los {n} primeros días de {month} -> MONTH_FIRST_DAYS_RECENT
las primeras {n} semanas de {month} de {year} -> MONTH_FIRST_WEEKS
las primeras {n} semanas de {month} -> MONTH_FIRST_WEEKS_RECENT
las {n} primeras semanas de {month} de {year} -> MONTH_FIRST_WEEKS
las {n} primeras semanas de {month} -> MONTH_FIRST_WEEKS_RECENT
# "durante la primera semana de junio": del 1 al 7 de ese mes, como "las primeras dos semanas de junio" lo es del 1 al 14.
la primera semana de {month} de {year} -> MONTH_FIRST_WEEKS
la primera semana de {month} del {year} -> MONTH_FIRST_WEEKS
la primera semana de {month} -> MONTH_FIRST_WEEKS_RECENT
la primera quincena de {month} de {year} -> MONTH_FIRST_HALF
la primera quincena de {month} del {year} -> MONTH_FIRST_HALF
la primera quincena de {month} -> MONTH_FIRST_HALF_RECENT
la última semana de {month} de {year} -> MONTH_LAST_WEEK
la última semana de {month} del {year} -> MONTH_LAST_WEEK
la última semana de {month} -> MONTH_LAST_WEEK_RECENT
desde {season} {year} -> SINCE_SEASON
desde {month} de {year} -> SINCE_MONTH
desde {month} del {year} -> SINCE_MONTH
desde el {day} de {month} de {year} -> SINCE_DAY
desde el {day} de {month} del {year} -> SINCE_DAY
desde el {day} de {month} -> SINCE_DAY_RECENT
# "desde la entrada en vigor del alto el fuego el pasado 10 de octubre": desde ese día, como "desde el 10 de octubre".
desde el pasado {day} de {month} de {year} -> SINCE_DAY
desde el pasado {day} de {month} -> SINCE_DAY_RECENT
desde ... el pasado {day} de {month} de {year} -> SINCE_DAY
desde ... el pasado {day} de {month} -> SINCE_DAY_RECENT
desde {month} -> SINCE_MONTH_RECENT
desde {season} {month} -> SINCE_MONTH_RECENT
desde {year} -> SINCE_YEAR
desde el {year} -> SINCE_YEAR
desde ... en {season} {year} -> SINCE_SEASON
desde ... en {month} de {year} -> SINCE_MONTH
# Un recuento desde un hecho fechado tras su nombre ("desde el alto el fuego del 10 de octubre", "desde la tregua, el 10 de octubre").
desde ... del {day} de {month} de {year} -> SINCE_DAY
desde ... del {day} de {month} -> SINCE_DAY_RECENT
desde ... , el {day} de {month} de {year} -> SINCE_DAY
desde ... , el {day} de {month} -> SINCE_DAY_RECENT
desde ... el {day} de {month} de {year} -> SINCE_DAY
desde ... el {day} de {month} -> SINCE_DAY_RECENT
desde ... en {month} -> SINCE_MONTH_RECENT
desde ... en {year} -> SINCE_YEAR
desde ... en el {year} -> SINCE_YEAR
entre {month} y {month2} de {year} -> MONTHS
entre {month} y {month2} del {year} -> MONTHS
de {month} a {month2} de {year} -> MONTHS
# Meses unidos por un guion, como los escriben los informes ("1.200 en enero-junio de 2021").
{month}-{month2} de {year} -> MONTHS
{month}-{month2} del {year} -> MONTHS
# "desde enero hasta agosto de 2023": un periodo con nombre y cerrado, no un acumulado desde enero (realnews/README.md, "Kind")
desde {month} hasta {month2} de {year} -> MONTHS
desde {month} hasta {month2} del {year} -> MONTHS
desde {month} a {month2} de {year} -> MONTHS
# sin año: los últimos meses así hasta la publicación; "de este año" igual
desde {month} hasta {month2} de este año -> MONTHS_THIS_YEAR
desde {month} hasta {month2} del presente año -> MONTHS_THIS_YEAR
desde {month} hasta {month2} -> MONTHS_RECENT
entre {month} y {month2} del año pasado -> MONTHS_LAST_YEAR
de {month} a {month2} del año pasado -> MONTHS_LAST_YEAR
entre {month} y {month2} de este año -> MONTHS_THIS_YEAR
entre {month} y {month2} del presente año -> MONTHS_THIS_YEAR
entre {month} y {month2} -> MONTHS_RECENT
# "en enero y febrero de 2016", "en enero y febrero de este año": los dos meses juntos, como "in January and February" (no "los 24.634 y 24.657 de enero y febrero": uno cada uno).
en {month} y {month2} de {year} -> MONTHS
en {month} y {month2} del {year} -> MONTHS
en {month} y {month2} de este año -> MONTHS_THIS_YEAR
en {month} y {month2} del año pasado -> MONTHS_LAST_YEAR
en {month} y {month2} -> MONTHS_RECENT
de {month} a {month2} -> MONTHS_RECENT
entre {month} de {year} y {month2} de {year2} -> MONTH_SPAN
de {month} de {year} a {month2} de {year2} -> MONTH_SPAN
entre {year} y {year2} -> YEARS
de {year} a {year2} -> YEARS
del {year} al {year2} -> YEARS
{year}-{year2} -> YEARS
en el primer semestre de {year} -> HALF1
en el primer semestre del {year} -> HALF1
en el segundo semestre de {year} -> HALF2
en el primer semestre del año pasado -> HALF1_LAST_YEAR
en el primer semestre de este año -> HALF1_THIS_YEAR
en el primer semestre del año -> HALF1_THIS_YEAR
en los primeros {n} meses de {year} -> FIRST_MONTHS
en los primeros {n} meses del {year} -> FIRST_MONTHS
en los primeros {n} meses del año pasado -> FIRST_MONTHS_LAST_YEAR
en los primeros {n} meses del año -> FIRST_MONTHS_THIS_YEAR
en los primeros {n} meses de este año -> FIRST_MONTHS_THIS_YEAR
# "en los primeros seis meses" sin más: del año que la oración nombró antes, si no del de la publicación
# (TimeExpressions.firstMonthsOfTheYearBefore); "los primeros seis meses de gobierno" no es un tiempo.
en los primeros {n} meses -> FIRST_MONTHS_THIS_YEAR
los primeros {n} meses -> FIRST_MONTHS_THIS_YEAR
{month} de {year} -> MONTH
{month} del {year} -> MONTH
# "enero 2021", sin "de", como lo escriben boletines y tablas.
{month} {year} -> MONTH
en {month} de {year} -> MONTH
{month} del año pasado -> MONTH_LAST_YEAR
{month} de este año -> MONTH_THIS_YEAR
el pasado mes de {month} -> MONTH_RECENT
el mes de {month} -> MONTH_RECENT
# "el mes de diciembre de 2018": ese mes, como "in the month of December 2018" (no el año que sigue a "el mes de diciembre").
el mes de {month} de {year} -> MONTH
el mes de {month} del {year} -> MONTH
el pasado mes de {month} de {year} -> MONTH
el pasado mes de {month} del {year} -> MONTH
en {month} -> MONTH_RECENT
durante {month} -> MONTH_RECENT
el {day} de {month} de {year} -> DAY
el {day} de {month} del {year} -> DAY
{day} de {month} de {year} -> DAY
# Una fecha ISO, como la escriben firmas y fechas de página ("2021-05-24"): un día, no su año.
{year}-{monthnumber}-{day} -> DAY
# Un día y mes en cifras entre paréntesis ("el viernes (28/06)"): el último hasta la publicación.
{weekday} ({day}/{monthnumber}) -> DAY_RECENT
({day}/{monthnumber}) -> DAY_RECENT
el {day} de {month} -> DAY_RECENT
el pasado {day} de {month} -> DAY_RECENT
# La fecha de una data de agencia, sin "de" y con el mes abreviado ("MADRID, 16 Ene. (EUROPA PRESS)", "Santo Domingo,
# 20 ago.-"): ese día, no el mes entero.
{day} {month} -> DAY_RECENT
{season} {year} -> SEASON
{season} de {year} -> SEASON
{season} del {year} -> SEASON
en el año fiscal {year} -> YEAR
el año fiscal {year} -> YEAR
año fiscal {year} -> YEAR
en {year} -> YEAR
en el {year} -> YEAR
durante {year} -> YEAR
durante el {year} -> YEAR
de {year} -> YEAR
del {year} -> YEAR
al cierre de {year} -> UNTIL_YEAR_END
al cierre del {year} -> UNTIL_YEAR_END
hasta {month} de {year} -> UNTIL_MONTH_END
hasta el {year} -> UNTIL_YEAR_END
# Acumulados del año hasta un día o un mes ("hasta noviembre", "al 15 de octubre"): desde el 1 de enero.
hasta el {day} de {month} -> UNTIL_DAY_RECENT
# "hasta el pasado 14 de noviembre": el balance del año hasta ese día.
hasta el pasado {day} de {month} de {year} -> UNTIL_DAY
hasta el pasado {day} de {month} -> UNTIL_DAY_RECENT
# Un balance "hasta el domingo" sin fecha: el del año hasta la publicación (un día de la semana sin fecha es el de publicación).
hasta el {weekday} -> THIS_YEAR
hasta este {weekday} -> THIS_YEAR
al {day} de {month} -> UNTIL_DAY_RECENT
hasta {month} -> UNTIL_MONTH_RECENT
# "737 casos hasta noviembre de este año": el acumulado del año hasta ese mes, no el mes solo
hasta {month} de este año -> UNTIL_MONTH_RECENT
hasta {month} del presente año -> UNTIL_MONTH_RECENT
# "hasta el mes de septiembre, 32 mil 49 personas han sido asesinadas": el acumulado del año hasta el fin de ese mes
hasta el mes de {month} -> UNTIL_MONTH_RECENT
hasta el mes de {month} de {year} -> UNTIL_MONTH_END
hasta el mes de {month} del {year} -> UNTIL_MONTH_END
hasta finales de {month} -> UNTIL_MONTH_RECENT
hasta el cierre de {month} -> UNTIL_MONTH_RECENT
# "datos del Ministerio a fecha 14 de septiembre", "con corte al 30 de junio": el balance del año hasta ese día
a fecha {day} de {month} de {year} -> UNTIL_DAY
a fecha de {day} de {month} de {year} -> UNTIL_DAY
a fecha {day} de {month} -> UNTIL_DAY_RECENT
a fecha de {day} de {month} -> UNTIL_DAY_RECENT
con corte al {day} de {month} de {year} -> UNTIL_DAY
con corte al {day} de {month} -> UNTIL_DAY_RECENT
# "con corte a septiembre", "al corte de junio de 2023": la fecha de corte de un balance del año
con corte a {month} de {year} -> UNTIL_MONTH_END
con corte a {month} -> UNTIL_MONTH_RECENT
al corte de {month} de {year} -> UNTIL_MONTH_END
al corte de {month} -> UNTIL_MONTH_RECENT
al cierre de {month} -> UNTIL_MONTH_RECENT
# "al cierre del mes pasado": el acumulado del año hasta el último día del mes anterior a la publicación.
al cierre del mes pasado -> UNTIL_LAST_MONTH_END
al cierre del mes anterior -> UNTIL_LAST_MONTH_END
hasta el cierre del mes pasado -> UNTIL_LAST_MONTH_END
hasta el cierre del mes anterior -> UNTIL_LAST_MONTH_END
hasta finales del mes pasado -> UNTIL_LAST_MONTH_END
hasta finales del mes anterior -> UNTIL_LAST_MONTH_END
hasta el fin del mes pasado -> UNTIL_LAST_MONTH_END
al corte del mes pasado -> UNTIL_LAST_MONTH_END
hasta {month} del {year} -> UNTIL_MONTH_END
# Un día de la semana con su fecha ("el lunes 11 de abril").
el {weekday} {day} de {month} -> DAY_RECENT
{weekday} {day} de {month} -> DAY_RECENT
el {weekday} {day} de {month} de {year} -> DAY
# Un día de la semana con su día del mes y sin mes ("el jueves 3", "el viernes 4, 1.862"): el último hasta la publicación.
el {weekday} {day} -> WEEKDAY_DATE
# Un lapso entre dos días de la semana ("entre el viernes y el domingo"): el último hasta la publicación.
# "Entre el domingo pasado y ayer": desde ese día hasta ayer (u hoy).
entre el {weekday} pasado y ayer -> WEEKDAY_TO_YESTERDAY
entre el {weekday} y ayer -> WEEKDAY_TO_YESTERDAY
desde el {weekday} pasado hasta ayer -> WEEKDAY_TO_YESTERDAY
desde el {weekday} hasta ayer -> WEEKDAY_TO_YESTERDAY
del {weekday} a ayer -> WEEKDAY_TO_YESTERDAY
entre el {weekday} pasado y hoy -> WEEKDAY_TO_TODAY
entre el {weekday} y hoy -> WEEKDAY_TO_TODAY
desde el {weekday} pasado hasta hoy -> WEEKDAY_TO_TODAY
desde el {weekday} hasta hoy -> WEEKDAY_TO_TODAY
# "22 muertos desde el jueves": de ese día a la publicación.
desde el {weekday} -> WEEKDAY_TO_TODAY
desde el pasado {weekday} -> WEEKDAY_TO_TODAY
desde este {weekday} -> WEEKDAY_TO_TODAY
entre el {weekday} y el {weekday2} -> WEEKDAY_SPAN
# "el sábado y el domingo": esos dos días, hasta el segundo ("desde el lunes" no: "desaparecidos desde el lunes" es el día del hecho).
el {weekday} y el {weekday2} -> WEEKDAY_SPAN
entre el {weekday} y {weekday2} -> WEEKDAY_SPAN
entre {weekday} y {weekday2} -> WEEKDAY_SPAN
del {weekday} al {weekday2} -> WEEKDAY_SPAN
desde el {weekday} hasta el {weekday2} -> WEEKDAY_SPAN
del {day} de {month} de {year} al {day2} de {month2} de {year2} -> DATE_SPAN
entre el {day} de {month} de {year} y el {day2} de {month2} de {year2} -> DATE_SPAN
desde el {day} de {month} de {year} hasta el {day2} de {month2} de {year2} -> DATE_SPAN
del {day} de {month} al {day2} de {month2} de {year} -> DAY_SPAN
# Un inicio con su año y un fin sin él ("del 1 de octubre de 2014 al 31 de mayo"): el primer fin desde el inicio.
del {day} de {month} de {year} al {day2} de {month2} -> DATE_SPAN_OPEN_END
del {day} de {month} del {year} al {day2} de {month2} -> DATE_SPAN_OPEN_END
entre el {day} de {month} de {year} y el {day2} de {month2} -> DATE_SPAN_OPEN_END
desde el {day} de {month} de {year} hasta el {day2} de {month2} -> DATE_SPAN_OPEN_END
# Un tramo de este año ("entre el 1 de enero y el 13 de mayo de este año"): el más reciente hasta la publicación.
entre el {day} de {month} y el {day2} de {month2} de este año -> DAY_SPAN_RECENT
entre el {day} de {month} y el {day2} de {month2} del presente año -> DAY_SPAN_RECENT
del {day} de {month} al {day2} de {month2} de este año -> DAY_SPAN_RECENT
del {day} de {month} al {day2} de {month2} del presente año -> DAY_SPAN_RECENT
entre el {day} de {month} y el {day2} de {month2} pasados -> DAY_SPAN_RECENT
entre el {day} de {month} y el {day2} de {month2} de {year} -> DAY_SPAN
del {day} de {month} al {day2} de {month2} -> DAY_SPAN_RECENT
del {day} al {day2} de {month} de {year} -> DAY_SPAN
del {day} al {day2} de {month} -> DAY_SPAN_RECENT
entre el {day} y el {day2} de {month} de {year} -> DAY_SPAN
entre el {day} y el {day2} de {month} -> DAY_SPAN_RECENT
entre el {day} y {day2} de {month} -> DAY_SPAN_RECENT
entre el {day} de {month} y el {day2} de {month2} -> DAY_SPAN_RECENT
desde el {day} de {month} hasta el {day2} de {month2} -> DAY_SPAN_RECENT
# "desde el 18 de junio al 16 de noviembre de 2015" (desde ... al, como del ... al) y "desde ... hasta ... de {year}".
desde el {day} de {month} de {year} al {day2} de {month2} de {year2} -> DATE_SPAN
desde el {day} de {month} al {day2} de {month2} de {year} -> DAY_SPAN
desde el {day} de {month} hasta el {day2} de {month2} de {year} -> DAY_SPAN
desde el {day} de {month} al {day2} de {month2} -> DAY_SPAN_RECENT
desde el {day} al {day2} de {month} de {year} -> DAY_SPAN
desde el {day} al {day2} de {month} -> DAY_SPAN_RECENT
# "del 1 de marzo hasta el 30 de junio" (del ... hasta, como desde ... hasta) y "de este año": el periodo cerrado, un flujo
del {day} de {month} de {year} hasta el {day2} de {month2} de {year2} -> DATE_SPAN
del {day} de {month} hasta el {day2} de {month2} de {year} -> DAY_SPAN
del {day} de {month} hasta el {day2} de {month2} de este año -> DAY_SPAN_RECENT
del {day} de {month} hasta el {day2} de {month2} -> DAY_SPAN_RECENT
desde el {day} de {month} hasta el {day2} de {month2} de este año -> DAY_SPAN_RECENT
desde el {day} de {month} hasta el {day2} de {month2} del presente año -> DAY_SPAN_RECENT
desde el {day} de {month} al {day2} de {month2} de este año -> DAY_SPAN_RECENT
# Un mes de inicio y un día de fin ("entre enero y el 20 de noviembre", "desde enero hasta el 15 de marzo de 2024"): del
# primero de ese mes a ese día.
entre {month} y el {day2} de {month2} de {year} -> MONTH_TO_DAY
de {month} al {day2} de {month2} de {year} -> MONTH_TO_DAY
de {month} hasta el {day2} de {month2} de {year} -> MONTH_TO_DAY
desde {month} hasta el {day2} de {month2} de {year} -> MONTH_TO_DAY
desde {month} al {day2} de {month2} de {year} -> MONTH_TO_DAY
entre {month} y el {day2} de {month2} -> MONTH_TO_DAY_RECENT
de {month} al {day2} de {month2} -> MONTH_TO_DAY_RECENT
de {month} hasta el {day2} de {month2} -> MONTH_TO_DAY_RECENT
desde {month} hasta el {day2} de {month2} -> MONTH_TO_DAY_RECENT
desde {month} al {day2} de {month2} -> MONTH_TO_DAY_RECENT
hasta ... del {day} de {month} -> UNTIL_DAY_RECENT
# Años fiscales: cuentan como su año natural (realnews/README.md, "Period").
el actual año fiscal -> THIS_YEAR
el año fiscal en curso -> THIS_YEAR
el presente año fiscal -> THIS_YEAR
en lo que va del año fiscal -> THIS_YEAR
lo que va del año fiscal -> THIS_YEAR
el año fiscal pasado -> LAST_YEAR
el año fiscal anterior -> YEAR_BEFORE
el ejercicio fiscal {year} -> YEAR
# Desde el tiempo que dijo la frase o la cifra anterior.
el mismo periodo del año pasado -> SAME_LAST_YEAR
# "frente a 812 en el mismo lapso del año pasado", "a la misma fecha del año anterior": el periodo de la cifra de antes, un año antes.
el mismo lapso del año pasado -> SAME_LAST_YEAR
el mismo lapso del año anterior -> SAME_LAST_YEAR
la misma fecha del año pasado -> SAME_LAST_YEAR
la misma fecha del año anterior -> SAME_LAST_YEAR
el mismo período del año pasado -> SAME_LAST_YEAR
el mismo periodo del año anterior -> SAME_LAST_YEAR
el mismo período del año anterior -> SAME_LAST_YEAR
ese periodo del año pasado -> SAME_LAST_YEAR
ese período del año pasado -> SAME_LAST_YEAR
este periodo del año pasado -> SAME_LAST_YEAR
este período del año pasado -> SAME_LAST_YEAR
el mismo periodo hace un año -> SAME_LAST_YEAR
el mismo período hace un año -> SAME_LAST_YEAR
mismo periodo hace un año -> SAME_LAST_YEAR
el mismo intervalo del año anterior -> SAME_LAST_YEAR
el mismo periodo de {year} -> SAME_IN_YEAR
el mismo periodo en {year} -> SAME_IN_YEAR
el mismo período en {year} -> SAME_IN_YEAR
el mismo periodo del año {year} -> SAME_IN_YEAR
el mismo período de {year} -> SAME_IN_YEAR
el mismo periodo del {year} -> SAME_IN_YEAR
el mismo período del {year} -> SAME_IN_YEAR
igual periodo de {year} -> SAME_IN_YEAR
igual período de {year} -> SAME_IN_YEAR
# Con el artículo contraído ("las llegadas del mismo periodo de 2017", "respecto al mismo periodo de 2019").
del mismo periodo de {year} -> SAME_IN_YEAR
del mismo periodo del {year} -> SAME_IN_YEAR
del mismo período de {year} -> SAME_IN_YEAR
del mismo período del {year} -> SAME_IN_YEAR
al mismo periodo de {year} -> SAME_IN_YEAR
al mismo periodo del {year} -> SAME_IN_YEAR
al mismo período de {year} -> SAME_IN_YEAR
al mismo período del {year} -> SAME_IN_YEAR
# "en la misma quincena de 2023", "en los mismos meses de 2016", "el mismo lapso de 2022": el periodo de antes, en ese año.
la misma quincena de {year} -> SAME_IN_YEAR
la misma quincena del {year} -> SAME_IN_YEAR
los mismos meses de {year} -> SAME_IN_YEAR
los mismos meses del {year} -> SAME_IN_YEAR
# "con respecto a los mismos periodos de 2021 (1.376 llegadas)": el periodo del que se habla, en ese año.
los mismos periodos de {year} -> SAME_IN_YEAR
los mismos períodos de {year} -> SAME_IN_YEAR
los mismos periodos del {year} -> SAME_IN_YEAR
los mismos períodos del {year} -> SAME_IN_YEAR
el mismo lapso de {year} -> SAME_IN_YEAR
el mismo lapso del {year} -> SAME_IN_YEAR
# Cada forma de "el mismo periodo" / "igual lapso" con el año pasado, el anterior o un año ("en igual lapso de 2024").
igual periodo del año pasado -> SAME_LAST_YEAR
igual periodo del año anterior -> SAME_LAST_YEAR
igual período del año pasado -> SAME_LAST_YEAR
igual período del año anterior -> SAME_LAST_YEAR
igual lapso del año pasado -> SAME_LAST_YEAR
igual lapso del año anterior -> SAME_LAST_YEAR
igual lapso de {year} -> SAME_IN_YEAR
el mismo intervalo del año pasado -> SAME_LAST_YEAR
el mismo intervalo de {year} -> SAME_IN_YEAR
# "pasaron de 158 en enero y febrero de 2016 a 254 en los mismos meses de este año": el periodo de antes, en el año de publicación.
los mismos meses de este año -> SAME_THIS_YEAR
el mismo periodo de este año -> SAME_THIS_YEAR
el mismo período de este año -> SAME_THIS_YEAR
en el mismo periodo de este año -> SAME_THIS_YEAR
en el mismo período de este año -> SAME_THIS_YEAR
la misma quincena de este año -> SAME_THIS_YEAR
el mes anterior -> MONTH_BEFORE
un mes antes -> MONTH_BEFORE
el mes previo -> MONTH_BEFORE
al año siguiente -> YEAR_AFTER
el año siguiente -> YEAR_AFTER
un año después -> YEAR_AFTER
un año más tarde -> YEAR_AFTER
la {season} siguiente -> SEASON_AFTER
el {season} siguiente -> SEASON_AFTER
la siguiente {season} -> SEASON_AFTER
el siguiente {season} -> SEASON_AFTER
esa {season} -> SEASON_SAME
ese {season} -> SEASON_SAME
# El año de la última fecha que dio el artículo ("en todo 2024 ... Durante ese año, 25.611 personas").
ese año -> THAT_YEAR
ese mismo año -> THAT_YEAR
aquel año -> THAT_YEAR
el mismo año -> THAT_YEAR
# Un recuento desde el comienzo de la última fecha que dio el artículo ("estalló el 15 de abril ... Desde entonces").
desde entonces -> SINCE_THEN
desde ese día -> SINCE_THEN
desde esa fecha -> SINCE_THEN
desde ese año -> SINCE_THEN
desde aquel día -> SINCE_THEN
# Un recuento desde N unidades antes de la publicación ("desde que comenzó hace dos meses", "desde hace 10 días").
desde hace {n} días -> SINCE_DAYS_AGO
desde hace {n} semanas -> SINCE_WEEKS_AGO
desde hace {n} meses -> SINCE_MONTHS_AGO
desde hace {n} años -> SINCE_YEARS_AGO
desde que ... hace {n} días -> SINCE_DAYS_AGO
desde que ... hace {n} semanas -> SINCE_WEEKS_AGO
desde que ... hace {n} meses -> SINCE_MONTHS_AGO
desde que ... hace {n} años -> SINCE_YEARS_AGO
# Una unidad ("desde hace 1 mes"). "hace un mes" con artículo aún no se lee (ver reports/period6.md).
desde hace {n} día -> SINCE_DAYS_AGO
desde hace {n} semana -> SINCE_WEEKS_AGO
desde hace {n} mes -> SINCE_MONTHS_AGO
desde hace {n} año -> SINCE_YEARS_AGO
desde que ... hace {n} día -> SINCE_DAYS_AGO
desde que ... hace {n} semana -> SINCE_WEEKS_AGO
desde que ... hace {n} mes -> SINCE_MONTHS_AGO
desde que ... hace {n} año -> SINCE_YEARS_AGO
# Una duración sin fechas ("en un periodo de seis meses"): un flujo, no un hecho del día de publicación.
un periodo de {n} meses -> SPAN_MONTHS
un período de {n} meses -> SPAN_MONTHS
un lapso de {n} meses -> SPAN_MONTHS
un periodo de {n} años -> SPAN_YEARS
un período de {n} años -> SPAN_YEARS
un periodo de {n} días -> SPAN_DAYS
un período de {n} días -> SPAN_DAYS
de {year} a la fecha -> SINCE_YEAR
desde principios de año -> THIS_YEAR
desde principios del año -> THIS_YEAR
desde inicios de año -> THIS_YEAR
desde el inicio del año -> THIS_YEAR
desde comienzos de año -> THIS_YEAR
desde el año pasado -> SINCE_LAST_YEAR
# El comienzo de una guerra o campaña en una relativa ("la guerra, que estalló en abril de 2023, ha dejado"):
# un acumulado desde entonces.
que estalló en {month} de {year} -> SINCE_MONTH
que comenzó en {month} de {year} -> SINCE_MONTH
que inició en {month} de {year} -> SINCE_MONTH
que estalló en {year} -> SINCE_YEAR
que comenzó en {year} -> SINCE_YEAR
que inició en {year} -> SINCE_YEAR
desde {year} a la fecha -> SINCE_YEAR
en lo que va de año -> THIS_YEAR
lo que va del año -> THIS_YEAR
lo que va de año -> THIS_YEAR
# "en lo que llevamos de año": lo mismo que "en lo que va de año", "so far this year".
lo que llevamos de año -> THIS_YEAR
lo que llevamos del año -> THIS_YEAR
lo que llevamos de este año -> THIS_YEAR
en lo que llevamos de {year} -> YEAR_SO_FAR
en lo que llevamos del {year} -> YEAR_SO_FAR
durante los últimos {n} meses -> PAST_MONTHS
los últimos {n} meses -> PAST_MONTHS
los últimos {n} años -> PAST_YEARS
el último año -> PAST_YEAR
el año pasado -> LAST_YEAR
el pasado año -> LAST_YEAR
el año anterior -> YEAR_BEFORE
un año antes -> YEAR_EARLIER
el año previo -> YEAR_BEFORE
# "frente a los 8.812 del año anterior": la contracción "del" (de + el).
del año anterior -> YEAR_BEFORE
del año previo -> YEAR_BEFORE
del año pasado -> LAST_YEAR
este año -> THIS_YEAR
en lo que va del año -> THIS_YEAR
# "fueron deportados en el transcurso del año": lo que va del año.
en el transcurso del año -> THIS_YEAR
en el transcurso de este año -> THIS_YEAR
en el transcurso del presente año -> THIS_YEAR
en el transcurso del año {year} -> YEAR
en el transcurso de {year} -> YEAR
en el transcurso del {year} -> YEAR
en lo que va de este año -> THIS_YEAR
# "en lo que va de 2017": en un artículo de ese año, del 1 de enero a la publicación; en uno posterior, el año entero
# (realnews/README.md, "Period").
en lo que va de {year} -> YEAR_SO_FAR
en lo que va del {year} -> YEAR_SO_FAR
el presente año -> THIS_YEAR
el mes pasado -> LAST_MONTH
# "en lo que va del mes", "9 en lo que va de este mes": del 1 del mes de publicación a la publicación.
en lo que va del mes -> THIS_MONTH
en lo que va de mes -> THIS_MONTH
en lo que va de este mes -> THIS_MONTH
lo que va del mes -> THIS_MONTH
lo que va de mes -> THIS_MONTH
lo que va de este mes -> THIS_MONTH
lo que llevamos de mes -> THIS_MONTH
lo que llevamos del mes -> THIS_MONTH
este mes -> THIS_MONTH
la semana pasada -> LAST_WEEK
esta semana -> THIS_WEEK
en los últimos {n} años -> PAST_YEARS
durante los últimos {n} años -> PAST_YEARS
en los pasados {n} años -> PAST_YEARS
en los últimos {n} meses -> PAST_MONTHS
en la última década -> PAST_DECADE
en la década pasada -> PAST_DECADE
en el mismo periodo -> SAME
en el mismo período -> SAME
en ese periodo -> SAME
en ese período -> SAME
este periodo -> SAME
este período -> SAME
dicho periodo -> SAME
dicho período -> SAME
en los últimos {n} días -> PAST_DAYS
las últimas {n} semanas -> PAST_WEEKS
en las últimas {n} semanas -> PAST_WEEKS
# La duración de un recuento en un titular o entradilla ("387 en solo 15 días"): tantos días hasta la publicación.
en {n} días -> PAST_DAYS
en solo {n} días -> PAST_DAYS
# La misma duración dada como cota ("en menos de 290 días, 500 asesinatos"): la ventana hasta la publicación.
en menos de {n} días -> PAST_DAYS
en menos de {n} semanas -> PAST_WEEKS
en menos de {n} meses -> PAST_MONTHS
# La duración de un operativo o una ofensiva ("en un operativo de tres días", "una ofensiva de cinco días"): tantos días
# hasta la publicación, salvo que el texto los feche.
operativo de {n} días -> PAST_DAYS
operativos de {n} días -> PAST_DAYS
operación de {n} días -> PAST_DAYS
ofensiva de {n} días -> PAST_DAYS
redada de {n} días -> PAST_DAYS
redadas de {n} días -> PAST_DAYS
en sólo {n} días -> PAST_DAYS
en apenas {n} días -> PAST_DAYS
en {n} semanas -> PAST_WEEKS
en {n} meses -> PAST_MONTHS
los últimos {n} días -> PAST_DAYS
# El número antes de "últimos" ("en los cinco últimos días", "las tres últimas semanas", "los 12 últimos meses"), el
# orden más común en español: la misma ventana hasta la publicación.
los {n} últimos días -> PAST_DAYS
las {n} últimas semanas -> PAST_WEEKS
los {n} últimos meses -> PAST_MONTHS
los {n} últimos años -> PAST_YEARS
las {n} últimas horas -> PAST_HOURS
las últimas 24 horas -> PAST_DAY
# "en los ataques de las últimas 48 horas": tantos días enteros (N / 24) hasta la publicación.
las últimas {n} horas -> PAST_HOURS
las pasadas {n} horas -> PAST_HOURS
# "el último mes", "la última semana": la ventana de uno hasta la publicación, como "los últimos N meses".
el último mes -> PAST_MONTH
la última semana -> PAST_WEEK
el fin de semana -> WEEKEND
este fin de semana -> WEEKEND
el pasado fin de semana -> WEEKEND
fin de semana -> WEEKEND
ayer -> YESTERDAY
# "Anoche, dos hombres fueron ejecutados": la noche antes de la noticia, el día de ayer.
anoche -> YESTERDAY
# "detuvieron la víspera a otros 993" (EFE): el día antes de la noticia.
la víspera -> YESTERDAY
hoy -> TODAY
el {weekday} -> WEEKDAY
# "este domingo", "el pasado lunes": el día de la semana entero, para que un verbo antes de él se lea.
este {weekday} -> WEEKDAY
el pasado {weekday} -> WEEKDAY
{weekday} -> WEEKDAY
{year} -> YEAR
# Un mes solo, como rótulo de una lista ("febrero (410), marzo (720)"): el último que ha empezado.
{month} -> MONTH_RECENT

[scale]
mil -> 1000
millón -> 1000000
millones -> 1000000
mil millones -> 1000000000
millardos -> 1000000000
docena -> 12
docenas -> 12

# Una escala contada con artículo o fracción: un número, a diferencia de "una docena" o "cientos de miles".
[article number]
un millón -> 1000000
un millar -> 1000
un centenar -> 100
medio millón -> 500000

[modifier]
# cuán grave, ante un participio de daño ("20 muertos y 5 gravemente heridos"); también en [to verb]
gravemente
levemente
seriamente
críticamente
más
otros
otras
demás
adicionales
en total
de ellos
registrados
registradas
contabilizados
contabilizadas
reportados
reportadas
documentados
documentadas
confirmados
confirmadas
iniciadas
iniciados
abiertas

# Adjetivos tras un sustantivo de personas que siguen en su frase: "210 policías municipales fueron
# asesinados", "95 líderes comunitarios". Sin ellos el verbo quedaba lejos del núcleo.
[adjective after]
sociales
social
comunitarios
comunitarias
comunales
ambientales
ambientalistas
indígenas
campesinos
campesinas
políticos
políticas
sindicales
juveniles
locales
municipales
estatales
federales
ministeriales
penitenciarios
estudiantiles
afrodescendientes
humanitarios
humanitarias

# Un determinante ante una cifra que la hace una ya dicha ("de esas 3.678 personas", "los 61 asesinados"): link/Restated.
[restating determiner]
los
las
esos
esas
estos
estas
aquellos
aquellas

# Artículos ante una cifra sola y un tiempo, que están por el sustantivo callado de la estadística
# que se cuenta ("comparando los 56.586 de 2021 contra los 53.875 de 2022").
[ellipsis article]
los
las

# Una cópula, o un verbo de suma, que abre su cláusula ante la cifra, con el sustantivo tras el artículo: la cifra
# cuenta lo que dice ese sustantivo ("Son 4.810.443 los migrantes venezolanos", "Fueron doce los crímenes perpetrados",
# "cuando fueron cinco los homicidios", "ya suman 56 los migrantes muertos", "ascienden a 40 los fallecidos").
[inverted copula]
son
fueron
eran
serían
serán
han sido
habían sido
ya son
cuando fueron
cuando eran
que fueron
suman
sumaban
sumaron
ya suman
ascienden a
ya ascienden a
se elevan a
ya se elevan a
llegan a
ya llegan a

# Un participio de registro tras el artículo y la cifra sola, que está por el sustantivo callado de la
# estadística que se cuenta ("los 1240 registrados en Buenos Aires", "las 538 contabilizadas un año antes").
# Pronombres que abren una cláusula relativa tras el sustantivo del que se dice ("las denuncias de homicidios,
# que, según los datos oficiales, cayeron de 191 a 180").
[relative pronoun]
que

# Pronombres relativos que nunca abren una cláusula de lo dicho (no "que": "la policía ha dicho que 12 murieron"): un
# verbo presente antes de uno no hace actual la cifra de su cláusula ("los más afectados son Cortés, el cual registró 610").
[relative only]
cual
cuales

[ellipsis participle]
registrados
registradas
contabilizados
contabilizadas
reportados
reportadas
documentados
documentadas

# Palabras de regreso que, en un artículo que cuenta deportaciones, hacen de los que vuelven los deportados
# del país que los envió ("el retorno de 434 personas provenientes de México", "ha recibido 22 mil 250").
[deportee return]
retorno
retornos
retornado
retornados
retornadas
retornaron
regresaron
regresados
regresadas
arribo
arribaron
recibido
recibió
repatriados
repatriadas
# Los deportados que llegan o entran bajo una estadística de deportaciones son deportados
# ("45.863 de los hondureños deportados ingresaron al país vía aérea").
deportados
deportadas

# Sustantivos de lugar que enmarcan como lugar el pueblo nombrado justo después o tras "de" ("el departamento Rosario", "el municipio de Tibú").
[town noun]
ciudad
departamento
municipio
localidad
provincia
distrito
pueblo
comuna
cantón
aldea
corregimiento

[place prefix]
sierra
lado
costa
costas
selva
comunidad
desierto
montaña
playa
ejido
colonia
valle
península
isla
islas
municipios
alcaldía
localidad
poblado
una
un
el
la
los
las
del
de
estado
estados
municipio
ciudad
capital
norte
sur
este
oeste
norteño
sureño
fronteriza
fronterizo
frontera
territorio
territorios
aguas
región
país
vecino
entidad
puerto
zona
sureste
noreste
noroeste
suroeste
centro
mexicano
mexicana

[conjunction]
y
e
o
u

# Palabras que están por el verbo dicho antes, tras una cuenta ("de las personas que han llegado, 12.393 lo han hecho a
# Canarias", "intentaron entrar 20.000 y unos 2.300 lo consiguieron"): la cuenta es de lo que ese verbo cuenta (link rule ProVerb).
[pro verb]
lo han hecho
lo ha hecho
lo habían hecho
lo hicieron
lo hizo
lo han conseguido
lo consiguieron
lo consiguió
lo han logrado
lo lograron
lo logró

# Una cifra dicha de cada uno de los lugares que la preceden ("Tarija, Oruro y Potosí, siete cada uno"): una por lugar.
[each]
cada uno
cada una
cada uno de ellos
cada una de ellas
cada entidad
cada estado
cada departamento
cada provincia
cada municipio
por estado
por entidad
por departamento
por provincia
ambos
ambas

[noun trailer]
de
del
en
procedentes
originarios
provenientes
# "104 crímenes en el departamento (85 pertenecientes a la ciudad de Rosario)"
pertenecientes
entre
que
a

[current]
ha
han
suma
ya suma
acumula
acumulan
registra ya
hay
existen
viven
permanecen
es
son
está
están
tiene
tienen
alberga
albergan
acoge
acogen
suman ya
ya suman

[current after]
ya
aún
todavía
actualmente
siguen
permanecen
están
son

[era]
durante

[attribution]
# Participios de publicar un dato, como "published" y "released" en inglés: "según cifras divulgadas el viernes", "el balance
# publicado este martes" fechan la publicación, no lo que cuentan.
publicado
publicada
publicados
publicadas
divulgado
divulgada
divulgados
divulgadas
difundido
difundida
difundidos
difundidas
dijo
informó
señaló
reportó
indicó
afirmó
declaró
según
aseguró
precisó
detalló
explicó
anunció
publicó
difundió
reveló
dio

[abbreviation]
sr
sra
dr
dra
lic
ing
gral
núm
pág
uu
aprox
prof
ene
feb
abr
jun
jul
ago
sep
sept
oct
nov
dic
gob
edo
mpio
av
col
no

[partitive]
de

[authority]
policía
policías
agentes
autoridades
funcionarios
gobierno
ejército
marina
militares
tropas
fuerzas
guardia
guardias
fiscalía
procuraduría
instituto
secretaría
autoridades migratorias
agentes migratorios
patrulla fronteriza
fuerzas de seguridad
cancillería
guardia costera
guardacostas
servicio de guardacostas
servicio nacional de migración

# Frases tras una cifra en su cláusula que la hacen un promedio o una tasa, no una cuenta ("unos 24 balseros salieron
# rumbo a EEUU como promedio diario", "llegan 300 cada semana"; guard DailyAverage). No "al día": "al día siguiente".
[average after]
cada día
cada semana
cada mes
por día
por semana
diariamente
como promedio
en promedio
de promedio

[average day]
un promedio de
un promedio diario de
en promedio
este promedio
ese promedio
promedio diario
promedio semanal
promedio mensual
día promedio
un día cualquiera
en un solo día

# Palabras ante un año que lo toman entero ("todo 2019"): una cifra comparada con parte de otro año guarda
# entonces el año entero.
[whole period]
todo
todo el
todo el año
el conjunto de
el total de
# un año fiscal cuenta como su año natural (realnews/README.md, "Period"), aun antes de acabar
año fiscal
ejercicio fiscal

[comparison]
# "89 migrantes, uno menos que el año pasado", "743, 563 más que en el mismo periodo de 2023": lo que sigue es aquello con que se compara.
más que
menos que
mayor a las
mayor a los
menor a las
menor a los
superior a las
superior a los
inferior a las
inferior a los
por encima de las
por encima de los
por debajo de las
por debajo de los
frente a
frente al
respecto al
en comparación al
comparado al
con respecto al
con respecto a
versus
comparado a
comparados a
comparada a
comparadas a
en comparación a
comparados a los
comparadas a las
contra
comparado con
en comparación con
respecto a
frente a los
contra los
más del doble de
el doble de
# Un múltiplo ("casi el triple que el año pasado, cuando fueron 17.674"): lo que sigue es aquello con que se compara.
el doble que
el triple que
el triple de
más del triple de
frente a las
contra las
comparado con los
comparado con las
respecto a los
respecto a las
en comparación con los
en comparación con las
# "una reducción del 44 % ante las 140 mil de 2023": tras una cifra de cambio, ante compara.
ante las
ante los

[clause contrast]
# Tras una coma abren otra oración: un tiempo tras ellas la fecha a ella ("en 2024 fueron 13, mientras que en 2023 fueron 22").
mientras que
mientras

[armed]
extremistas
yihadistas
bandidos
separatistas
secuestradores
sicarios
pistoleros
hombres armados
delincuentes
criminales
militares
soldados
policías
agentes
elementos
marinos
guerrilleros
terroristas
pandilleros
narcos
atacantes
agresores
tropas

[range open]
entre

[range join]
y
a
o
-
–

[rate]
por cada
de cada
# "4,5 víctimas cada 100 mil habitantes": sin preposición, también una tasa
cada
por

[rate period]
al día
por día
diarios
diarias
diariamente
a la semana
por semana
semanales
al mes
por mes
mensuales
mensualmente
por hora
cada día
cada semana
cada mes


# El periodo de una tasa pocas palabras antes de su cifra ("cada día llegan unas 300 personas", "se suman diariamente
# unos 5.000", RateFollows.before): no "al día siguiente", que fecha; las tasas anuales siguen siendo cifras.
[rate before]
cada día
cada semana
cada mes
diariamente
a diario
semanalmente
mensualmente

[migration agency]
patrulla fronteriza
inm
instituto nacional de migración
agentes migratorios
autoridades migratorias
ice
cbp
oficina de aduanas y protección fronteriza
comar
frontex
guardia costera

# Viajes de migración nombrados sin los migrantes: la gente contada en ellos migra
# ("3.480 muertes durante viajes migratorios", "vidas perdidas durante la migración").
[migration journey]
ruta migratoria
rutas migratorias
viaje migratorio
viajes migratorios
travesía migratoria
travesías migratorias
durante la migración

# Verbos con que una autoridad registra una cuenta: los solicitantes de asilo registrados son solicitudes
# ("la Comar reportó 78.975 solicitantes de asilo"), no personas que llegan.
[record verb]
registró
registraron
reportó
reportaron
recibió
recibieron
contabilizó
contabilizaron
atendió
registra
reporta
recibe

# Palabras ante un país que linda con el lugar: "la frontera con Colombia", "el límite con México" nombran al vecino,
# no donde ocurrió la cifra.
[border with]
frontera con
fronteras con
frontera norte con
frontera sur con
límite con
límites con

# Verbos que cruzan esa frontera: "cruzan la frontera con EU" entra en el país, que es donde llegan.
[border crossing]
cruzar
cruza
cruzan
cruzó
cruzaron
cruzando
cruzado
atravesar
atraviesa
atraviesan
atravesó
atravesaron
atravesando

# Palabra ante dos lugares que une una frontera, una ruta o una guerra ("la frontera entre México y Estados Unidos"):
# el par no son los varios países de una cuenta (PlaceResolver).
[pair opener]
entre

# Palabras ante el final de un viaje aún en curso: los migrantes contados al cruzar "rumbo a Estados Unidos"
# se sitúan donde cruzaron, no allí.
[en route]
rumbo a
rumbo hacia
en su camino hacia
en su camino a
camino a
camino hacia
en tránsito hacia


# After a scale, the word that links it to what is counted ("2 millones de personas").
[scale joiner]
de

# Nouns of an era: "durante" before one ties a count to the era, not to a date ("durante el conflicto armado").
[era noun]
conflicto
guerra
dictadura
gobierno
sexenio
administración
régimen
mandato

# Abbreviations after which a sentence break is no break ("Mr. Calderon", "EE.UU. y"): CLDR's
# segmentation exceptions for this language, as ICU4J 79.1 ships them (Unicode License v3). ICU's
# segmenter and the faster splitter beside it both read them from here; keep the order.
[sentence suppression]
Rdos.
JJ.OO.
Sres.
fig.
may.
RR.HH.
oct.
cap.
mié.
doc.
Excmo.
Trab.
Excmos.
Kit.
Inc.
FF.CC.
DC.
ago.
trad.
SA.
Rvdos.
ed.
Exmo.
jul.
col.
RAM.
Srtas.
ene.
Rol.
Fabric.
Comm.
vid.
Da.
dic.
ss.
abr.
ntra.
Sra.
dtor.
cf.
dom.
prov.
Emm.
Sr.
licdo.
p.ej.
bol.
figs.
Vda.
Dr.
ntro.
Desv.
O.M.
Ldo.
Drs.
sáb.
feb.
Ltda.
Lcda.
Exma.
C.V.
SS.MM.
Lda.
U.S.
hnos.
R.D.
Korn.
v.gr.
vs.
Ilmas.
Rdo.
ej.
vie.
jue.
a. C.
Ilmos.
e. c.
Excma.
afma.
licda.
Em.
K.
sras.
MM.
fund.
Mons.
Lcdo.
afmo.
C.
A.C.
dptos.
Col.
Srta.
Av.
Ant.
depto.
Var.
H.P.
D.
M.
C.P.
Rev.
Rvdmos.
Fr.
Ilmo.
afmos.
Ltd.
afmas.
prof.
lun.
SS.AA.
Sol.
nov.
mss.
Dña.
Seg.
mar.
Rvdmo.
Reg.
ms.
Sras.
sres.
U.S.A.
Sta.
Sdad.
Dra.
srs.
R.U.
deptos.
dpto.
jun.
bco.
Cía.
Id.
Mr.
e.g.
C.S.
Excmas.
Dª.
Rvdo.
Lic.
cfr.
Corp.
Dto.
Ilma.
L.
All.
PP.
d. C.
Ltdo.
mtro.
Mrs.
Desc.
Avda.
Exmas.
a. e. c.
Bien.
Exmos.
AA.
Sto.
CA.
sept.
Exc.
c/c.

# Palabras antes de una cifra que sigue la estadística que el artículo cuenta, sin palabra propia
# para lo que cuenta: "entre ellos 30 mujeres", "Guanajuato con 212", "en diciembre fueron 93".
# Palabras ante una cifra que la hacen el resto de un total ya dicho: "el objetivo murió junto a otros cinco"
# repite los seis (guía de realnews: el resto no se anota).
[remainder lead]
junto a
junto con

# Palabras ante una cuenta que dicen quiénes son las personas recién contadas, primera parte de una lista ("el grupo,
# conformado por 20 marinos y 13 soldados"): el grupo es de vivos, así que la lista nunca sigue una cuenta de muertos
# (las partes de un saldo de muertos vienen tras "entre ellos", "incluidos").
[composition lead]
conformado por
conformada por
conformados por
conformadas por
integrado por
integrada por
integrados por
integradas por
compuesto por
compuesta por
compuestos por
compuestas por

[list lead]
# "eran adultos, es decir 17.900 hombres y 6.200 mujeres": el desglose de la cifra dicha
es decir
# "se trata de 118 hombres, 22 mujeres y 5 menores": quiénes son los contados
se trata de
se trataba de
se constataron
se constató
se detectaron
se cometieron
de los que
de las que
entre ellos
entre ellas
entre los que
entre las que
de ellos
de ellas
de los cuales
de las cuales
# "De esa cifra, 39.347 procedentes de Estados Unidos", "de esa cantidad 13 fueron cometidos por padrastros": una parte de la cuenta dicha
de esa cifra
de esta cifra
de esa cantidad
de esta cantidad
de ese total
de este total
del total
# "la mayoría de ellos, 2.133, en pateras", "la inmensa mayoría, 49.997, han llegado por vía marítima"
la mayoría
la mayoría de ellos
la mayoría de ellas
la inmensa mayoría
la gran mayoría
incluidos
incluidas
incluyendo
con
fueron
son
hubo
se registraron
se contabilizaron
mientras
mientras que
contabilizando
registrando
sumando
# La forma pronominal del gerundio, con o sin tilde ("la llegada a Ceuta baja un 28%, registrándose 54 personas")
registrándose
registrandose
contabilizándose
contabilizandose
se contabilizan
se registran
se reportaron
se han registrado
se han contabilizado
hay
había
eran
ya eran
ya son
ya van
se registraban
se contabilizaban
se reportaban
# "y otros tres en una emboscada", "otras 11.432 desde enero": más de la misma cuenta
otros
otras
# "1,530 adultos, además de 611 menores": una parte más de lo contado
además de

# Un partitivo ante la palabra de lo que les pasó a los contados, que da la métrica de una parte
# de ellos ("Entre los detenidos hay 54 hondureños", "640 civiles entre los muertos").
[among those]
entre los
entre las
# "Entre estos deportados se encuentran 3.000 menores de edad": el demostrativo vuelve a la cuenta dicha
entre estos
entre estas
entre esos
entre esas
de los
de las
# Con demostrativo ("728 de estas muertes ocurrieron en la frontera", "30 de esos detenidos").
de estas
de estos
de esas
de esos
# "Del total de deportados, 24.100 eran adultos": una parte del total ya contado
del total de

# Un demostrativo que abre su cláusula y una coma ante la cifra, como "de ellos," ("han ocurrido 373 asesinatos, de estos,
# 18 fueron en enero"): sigue la estadística que se cuenta. Sin la coma, no ("de estas tres naciones").
[comma list lead]
de estos
de estas
de esos
de esas

# Un partitivo con demostrativo tras la cifra, que vuelve a los contados mismos: una palabra de personas o de registros
# tras él cuenta la estadística que se cuenta ("han ocurrido 4.310 de esos casos", "43 de esos casos eran
# nicaragüenses", "35 de estas víctimas"); link rule AmongThose. Sin demostrativo ("200 de las víctimas"), no.
[part of the counted]
de estos
de estas
de esos
de esas

# Tras una cuenta y una coma, palabras que abren una relativa cuyo sujeto son los contados: su verbo dice lo que les
# pasó ("Más de 50.000 personas, que han sido desplazadas por la violencia, viven en albergues"; regla SubjectVerb).
[relative aside]
quienes
que
la mayoría de los cuales
la mayoría de las cuales
muchos de los cuales
muchas de las cuales
todos los cuales
todas las cuales

# Palabras tras una cifra sola que la hacen parte de lo contado ("36 de ellos en Chiapas").
[part of them]
de ellos
de ellas
de los cuales
de las cuales

# Palabras que unen verbos de métricas distintas en una sola cuenta, que no es cifra ("asesinados o heridos").
[disjunction]
o
u
y/o

[list trailer]
respectivamente
# Un desglose por causa o medio tras una cifra sola ("35 fueron con arma de fuego, 12 con arma blanca",
# "10.263 por tierra y 46 por mar"): sigue la estadística que se cuenta.
por
con

# Una cópula tras una cifra sola que dice quiénes de los contados son ("50 mil 610 fueron hombres").
[breakdown copula]
fueron
eran
son
han sido
fue
era

# A verb after a bare count that says where or how a part of the statistic being counted happened
# ("de los 66 homicidios, 20 ocurrieron en la zona norte"):
# the count is a breakdown of that statistic, not a count of some other thing.
[breakdown verb]
ocurrieron
ocurrió
sucedieron
se registraron en
tuvieron lugar
# "de los que 19 corresponden al primer semestre": la parte de la cuenta dicha que toca a un periodo, lugar o grupo
corresponden a
corresponden al
correspondieron a
correspondieron al

# A verb of going back right after migrants called by their demonym ("1.200 hondureños regresaron desde México"): they
# return home, so the country of the demonym is where they arrive (extract.resolve.PlaceResolver).
[return home]
retorno
regreso
regresaron
retornaron
volvieron
regresan
retornan
vuelven
han regresado
han retornado

# El país propio de quienes se van, sin nombrarlo: tras un verbo de salida ([flight]), la cifra es de emigrantes, sin lugar.
[own country]
su país
sus países

# Un verbo de dejar ante el nombre de un país: los contados emigraron ("3,7 millones de personas han abandonado
# Venezuela", "dejaron Nicaragua"); no una ciudad ni una región (link rule SubjectVerb).
[leave country]
# "lograron abandonar Siria", "obligó a 3.000 personas a abandonar Sudán"
abandonar
dejar
abandonaron
abandonado
abandonan
abandona
abandonó
dejaron
dejado
dejan

# A qué se refiere la cifra, cuando la oración lo dice (issue 17, realnews/README.md "Definition"):
# la frase más cercana cuya definición conviene a la categoría de la métrica; en una posición gana la
# más larga ("guerra contra el narco" sobre "guerra").
[definition]
crimen organizado -> organized_crime
delincuencia organizada -> organized_crime
narcotráfico -> organized_crime
narcotraficantes -> organized_crime
narco -> organized_crime
narcos -> organized_crime
narcoviolencia -> organized_crime
cárteles -> organized_crime
carteles -> organized_crime
cártel -> organized_crime
cartel -> organized_crime
pandillas -> organized_crime
maras -> organized_crime
guerra contra el narco -> organized_crime
guerra contra el narcotráfico -> organized_crime
guerra contra las drogas -> organized_crime
homicidio -> homicide
homicidios -> homicide
homicidios dolosos -> homicide
feminicidio -> homicide
feminicidios -> homicide
femicidio -> homicide
femicidios -> homicide
infanticidio -> homicide
infanticidios -> homicide
asesinato -> homicide
asesinatos -> homicide
asesinados -> homicide
asesinadas -> homicide
asesinaron -> homicide
asesinó -> homicide
asesinan -> homicide
guerra -> armed_conflict
conflicto armado -> armed_conflict
conflicto -> armed_conflict
combates -> armed_conflict
bombardeos -> armed_conflict
bombardeo -> armed_conflict
insurgencia -> armed_conflict
guerrilla -> armed_conflict
indocumentados -> irregular
indocumentadas -> irregular
indocumentado -> irregular
irregulares -> irregular
irregular -> irregular
irregularmente -> irregular
sin papeles -> irregular
sin documentos -> irregular
ilegales -> irregular
ilegalmente -> irregular
refugiados -> refugees
refugiadas -> refugees
refugiado -> refugees
solicitantes de asilo -> refugees
# Pedir refugio es pedir asilo ("solicitudes de personas que piden refugio"); "refugio" solo es también albergue.
piden refugio -> refugees
buscan refugio -> refugees
solicitan refugio -> refugees
pidieron refugio -> refugees
buscaron refugio -> refugees
solicitaron refugio -> refugees
desplazados internos -> internally_displaced
desplazados -> internally_displaced
desplazadas -> internally_displaced
desplazamiento -> internally_displaced
desplazamiento forzado -> internally_displaced
desplazado -> internally_displaced
desplazada -> internally_displaced
desplazaron -> internally_displaced
desplazó -> internally_displaced
# "ha obligado a 600 mil personas a desplazarse de sus hogares" (como "flee their homes" en inglés)
desplazarse -> internally_displaced
huir de sus hogares -> internally_displaced
huir de sus casas -> internally_displaced
abandonar sus hogares -> internally_displaced
abandonar sus casas -> internally_displaced
retornados -> returnees
retornadas -> returnees
repatriados -> returnees
repatriadas -> returnees
retornaron -> returnees
retornan -> returnees
retornado -> returnees
retornando -> returnees
volvieron a sus hogares -> returnees
han vuelto a sus hogares -> returnees
regresaron a sus hogares -> returnees
han regresado a sus hogares -> returnees
retorno de -> returnees
regresaron al país -> returnees
han regresado al país -> returnees
volvieron al país -> returnees
han vuelto al país -> returnees
# Los retornos cuentan a quienes vuelven o son devueltos a su país (como "returns" en inglés)
retornos -> returnees
# Los deportados que su país recibe de vuelta son retornados (realnews/README.md, "Metric choices": "deportees received";
# "los 112 deportados fueron recepcionados por las autoridades migratorias")
recepcionados -> returnees
recepcionadas -> returnees
repatriación de -> returnees
tráfico de personas -> irregular
traficantes de personas -> irregular
coyotes -> irregular
sin autorización -> irregular
sin estatus legal -> irregular
por pasos no habilitados -> irregular
por pasos no autorizados -> irregular
por puntos no habilitados -> irregular
por pasos irregulares -> irregular
grupos delictivos -> organized_crime
grupos criminales -> organized_crime
rivalidad delincuencial -> organized_crime
organizaciones criminales -> organized_crime
huyeron de sus hogares -> internally_displaced
abandonaron sus hogares -> internally_displaced
el retorno de -> returnees
asilo -> refugees
migrantes y refugiados -> unspecified
refugiados y migrantes -> unspecified
# Un conteo que mezcla a regulares e irregulares, o del que solo una parte es irregular, no es de irregulares
legales e indocumentados -> unspecified
legales e ilegales -> unspecified
documentados e indocumentados -> unspecified
regulares e irregulares -> unspecified
regular e irregular -> unspecified
la mayoría de manera irregular -> unspecified
la mayoría de forma irregular -> unspecified
la mayoría en situación irregular -> unspecified
la mayoría indocumentados -> unspecified
muchos de ellos indocumentados -> unspecified
pandilla -> organized_crime
pandilleros -> organized_crime
# Las maras por su nombre ("integrantes de la MS-13", "del Barrio 18").
mara -> organized_crime
ms-13 -> organized_crime
mara salvatrucha -> organized_crime
barrio 18 -> organized_crime
mareros -> organized_crime
antidrogas -> organized_crime
sicarios -> organized_crime
guerrilleros -> armed_conflict
milicianos -> armed_conflict
yihadistas -> armed_conflict
disidencias -> armed_conflict
paramilitares -> armed_conflict
misil -> armed_conflict
misiles -> armed_conflict
cohetes -> armed_conflict
soldados -> armed_conflict
tuvieron que salir de sus hogares -> internally_displaced
tuvieron que huir -> internally_displaced
han tenido que huir -> internally_displaced
tuvieron que desplazarse -> internally_displaced
han tenido que desplazarse -> internally_displaced
huyeron de sus casas -> internally_displaced
abandonaron el municipio -> internally_displaced
abandonaron la comunidad -> internally_displaced
abandonaron sus comunidades -> internally_displaced
abandonaron sus tierras -> internally_displaced
abandonaron sus territorios -> internally_displaced
tuvieron que abandonar sus hogares -> internally_displaced
tuvieron que dejar sus hogares -> internally_displaced
tuvieron que dejar sus casas -> internally_displaced
tuvieron que abandonar sus casas -> internally_displaced
dejaron sus hogares -> internally_displaced
dejaron sus casas -> internally_displaced
salieron de sus hogares -> internally_displaced
abandonaron sus casas -> internally_displaced
balseros -> irregular
entrada ilegal -> irregular
entrada irregular -> irregular
de forma irregular -> irregular
# Fuerzas, grupos y medios de guerra (realnews/README.md: un ejército, un grupo armado o una insurgencia con
# nombre es conflicto armado; "hombres armados" o "policías" a secas, no).
grupos armados -> armed_conflict
grupo armado -> armed_conflict
grupos armados ilegales -> armed_conflict
junta militar -> armed_conflict
rebeldes -> armed_conflict
insurgentes -> armed_conflict
separatistas -> armed_conflict
milicias -> armed_conflict
invasión -> armed_conflict
ataques aéreos -> armed_conflict
ataque aéreo -> armed_conflict
bombas -> armed_conflict
artillería -> armed_conflict
drones -> armed_conflict
farc -> armed_conflict
eln -> armed_conflict
hamás -> armed_conflict
hamas -> armed_conflict
enfrentamientos armados -> armed_conflict
# Las muertes violentas no son homicidios a secas; las intencionales sí.
muertes violentas -> unspecified
muertes violentas intencionales -> homicide
# Grupos armados con los nombres que usan las agencias, ejércitos nombrados por su país y combates entre
# tribus o etnias.
al shabab -> armed_conflict
al-shabab -> armed_conflict
boko haram -> armed_conflict
estado islámico -> armed_conflict
adf -> armed_conflict
fuerzas democráticas aliadas -> armed_conflict
talibanes -> armed_conflict
hutíes -> armed_conflict
hezbolá -> armed_conflict
ataques rusos -> armed_conflict
ataque ruso -> armed_conflict
bombardeos rusos -> armed_conflict
tropas rusas -> armed_conflict
fuerzas rusas -> armed_conflict
fuerzas israelíes -> armed_conflict
tropas israelíes -> armed_conflict
# Un ejército nombrado es el conflicto armado, como sus fuerzas ("las operaciones del Ejército israelí", "ataques israelíes").
ataques israelíes -> armed_conflict
ataque israelí -> armed_conflict
bombardeos israelíes -> armed_conflict
ejército israelí -> armed_conflict
ejército ruso -> armed_conflict
islamistas -> armed_conflict
enfrentamientos tribales -> armed_conflict
combates tribales -> armed_conflict
violencia tribal -> armed_conflict
violencia étnica -> armed_conflict
enfrentamientos étnicos -> armed_conflict

# Palabras junto a una cifra que la hacen un stock: personas presentes en una fecha (issue 17).
[stock]
# Rehenes que un grupo tiene aún ("mantiene retenidas a 18 personas", "en cautiverio"): gente presente a una fecha.
mantiene retenidas
mantienen retenidas
mantiene retenidos
mantienen retenidos
mantiene secuestradas
mantienen secuestradas
mantiene secuestrados
mantienen secuestrados
en cautiverio
viven
vivían
vive
residen
residían
radican
alberga
albergan
acoge
acogen
permanecen
siguen
continúan
hay
existen
población
se encuentran
están desaparecidas
están desaparecidos
rezago
pendientes
albergando
acogiendo
esperan
permanecían
se encontraban
están varados
varados
albergados
albergadas
están en
# Quienes están alojados o acampados en un lugar están presentes allí ("el estadio ya aloja a 3.000 migrantes", "900
# migrantes acampados frente a la estación"): un stock, como "alberga"
aloja
alojan
alojaba
alojados
alojadas
acampados
acampadas
acampan

# Palabras junto a una cifra que la hacen un acumulado que sigue contando (issue 17); "desde" y "hasta"
# lo dicen por sus reglas de tiempo.
[cumulative]
hasta ahora
hasta el momento
a la fecha
hasta la fecha
en lo que va
suman
suma
acumula
acumulan
acumulado
ya son
ya suman
elevando la cifra
eleva la cifra
elevó la cifra
con lo que suman
en total suman
actualizó su registro
actualizó la cifra

# Sustantivos de un registro de personas: los desaparecidos que cuenta una oración con uno son el registro tal como estaba
# ("En 2021 el registro nacional llegó a 95 mil desaparecidos"), un stock sea cual sea el año; "desde que hay registros" sigue
# siendo un recuento.
[register]
registro
registros
registro nacional
padrón

# Una cifra que subió hasta la suya, antes de ella en su cláusula ("la cifra de muertos asciende a 40", "cifra que llegó a
# 2.004"): dicha el día, sin nombre de un solo hecho en su oración, un acumulado. No "llegó a" solo ("una patera llegó a
# Lampedusa con 50 migrantes").
[tally rise]
asciende a
ascienden a
ascendió a
ascendieron a
se eleva a
se elevó a
se elevan a
se elevaron a
subió a
sube a
aumentó a
aumenta a
cifra que llegó a
cifra llegó a
cifra que alcanzó
cifra alcanzó

# Un verbo de una cifra que llega a la suya, acumulado solo con un nombre de balance antes en la cláusula ("la cifra
# de muertos en Haití alcanza 215"); solo, "llegó a" no lo es ("una patera llegó a Lampedusa con 50 migrantes").
[toll verb]
alcanza
alcanzó
llega a
llegó a
supera
superó
rebasa
rebasó
se sitúa en
se ubica en

[toll noun]
cifra
balance
saldo
número de muertos
número de víctimas
número de fallecidos

# Sustantivos de un solo hecho (issue 17); en singular.
[incident]
ataque
masacre
matanza
atentado
explosión
emboscada
balacera
tiroteo
motín
riña
enfrentamiento
naufragio
incendio
accidente
asalto
bombardeo
ataque armado
el hecho
el incidente
en un rancho
en una fiesta
en un bar
en una boda
en un velorio
en un mercado
en una escuela
en una iglesia

# Palabras que cuentan un ataque, en una oración sin cifra que lo fecha ("Hombres armados atacaron el poblado el 3 de
# marzo"): las cifras que la siguen sin tiempo propio son de ese día, y el periodo dicho antes termina. Los sustantivos
# de [incident] cuentan también.
[event verb]
atacaron
atacó
ataques
irrumpieron
irrumpió
emboscaron
abrieron fuego
bombardearon
# Otros verbos de un ataque con su día en una oración sin cifra ("El viernes, aviones del régimen ametrallaron una escuela.
# Murieron cinco civiles"): el día del hecho que cuenta la oración siguiente.
bombardeó
ametrallaron
ametralló
arrojaron bombas
lanzaron bombas
dispararon contra
asaltaron
asaltó
emboscó

# Una cifra de un día repartida en varios hechos, lugares o embarcaciones (realnews/README.md, "Kind": un incidente es
# un hecho en un lugar): "303 personas llegaron en tres cayucos este domingo", "cinco cuerpos hallados en diferentes
# puntos de la ciudad". Solo cuenta con una cifra de un día y sin sustantivo de un hecho en su oración.
[several events]
cayucos
pateras
# Varios vuelos en un día son varios hechos: las deportaciones o retornos de un día en ellos son un flujo.
vuelos
embarcaciones
neumáticas
lanchas
barcas
en diferentes puntos
en distintos puntos
en varios puntos
hechos distintos
hechos aislados
por separado
a nivel nacional
en todo el país

# Nombres de una estadística del delito: una cifra de homicidios, asesinatos o casos es de muchos hechos, nunca de uno
# (realnews/README.md, "Kind"): sin tiempo propio o de un día, un flujo ("se reportaron dos homicidios en la colonia",
# "cuarta Mendoza, con 141"); dicha como actual y sin periodo, un acumulado. Un nombre de un solo hecho en su oración
# la hace ese hecho ("los asesinatos de tres mujeres en un bar").
[statistic noun]
homicidios
homicidios dolosos
asesinatos
feminicidios
casos
muertes violentas

# Violencia que dura meses o años: una cifra suya en perfecto y sin fecha es un acumulado ("la guerra ha
# dejado más de 10.000 muertos"); sin ella, un hecho reciente ("hombres armados han secuestrado a seis").
[long running]
guerra
guerras
guerra contra el narco
conflicto
conflicto armado
ofensiva
insurgencia
levantamiento
represión
campaña
ocupación
asedio
violencia
crisis
genocidio
régimen de excepción
estado de excepción

# Auxiliares de un perfecto, también el pasado, pocas palabras antes de una cifra sin tiempo propio: con una palabra de
# violencia larga en su oración, un acumulado ("una insurgencia que ha dejado 36.000 muertos y desplazado a 2 millones",
# "el conflicto, que había dejado 202.354 muertos").
[tally auxiliary]
ha
han
había
habían

# "Ya" junto a un perfecto presente en la cláusula de una cifra ("han dejado ya 339 muertos", "ya han llegado 10.000"): la
# cifra tal como está al contarla, un acumulado. No con un pluscuamperfecto ("ya habían llegado 12" el año pasado); el
# auxiliar presente es [perfect]. "Ya que" (porque) no cuenta.
[tally already]
ya


# Palabras ante quien se atribuye la cifra ("según el INEGI", "de acuerdo con la ONU").
[attribution lead]
según
según datos de
según cifras de
de acuerdo con
de acuerdo a
de acuerdo con datos de
de acuerdo con cifras de
con datos de
con cifras de
citando

# Parientes: un lugar tras ellos y un locativo es donde viven, no donde ocurrió la violencia
# ("rescate pagado por familiares en Estados Unidos").
[kin]
familiares
familias
familia
parientes
seres queridos

# Palabras ante un sustantivo de un solo hecho que lo hacen un hecho pasado ("seis meses después de la
# masacre de 72 migrantes"): su cifra no lleva la fecha de publicación.
[event reference]
después de
tras
desde
antes de
a raíz de

# Cómo puede abrir el pie de una foto, acabe como acabe: la marca de una imagen de archivo ("Imagen de archivo de ...",
# "Foto de archivo: ..."). Un bloque de una página que abre así, de hasta 300 caracteres, es un pie de foto (clean.PhotoCaption).
[caption opening]
imagen de archivo
imágenes de archivo
foto de archivo
fotografía de archivo
foto archivo
imagen archivo
archivo -

# Cómo termina el pie de una foto o un video en una página: su crédito ("Foto: Cuartoscuro", "(EFE)",
# "/ Archivo"). Un bloque que termina así es el pie, no el artículo (clean.PhotoCaption).
[photo credit]
foto:
fotos:
fotografía:
imagen:
imágenes:
crédito:
créditos:
- crédito
cortesía:
(efe)
(afp)
(ap)
(reuters)
/ cuartoscuro
/ archivo
/ cortesía
foto archivo
foto de archivo
foto por
/ afp
/ efe
/ reuters
getty images
efe/
reuters/
afp/
epa/
ap/
/archivo)

# Palabras tras "uno" que lo hacen un modo, no una cuenta ("los mataron uno a uno"; guard OneOf).
[one by one]
a uno
por uno
tras otro

# Las personas asistidas, rescatadas o sobrevivientes no son cifra: palabras justo antes de la cifra
# ("asistencia a 799 afganos") y, en la oración, antes de su desglose ("entre ellos 79 niños").
[helped before]
# las personas acusadas no son cifra (README: sospechosos y atacantes): "cargos contra nueve presos"
cargos contra
denuncia contra
denuncias contra
acusación contra
acusaciones contra
asistencia a
ayuda a
# víveres repartidos: las personas alimentadas ("repartir alimentos a 3.000 refugiados")
alimentos a
víveres a
comida a
raciones a
asistió a
rescató a
rescataron a
rescate de
rescate a
evacuó a
socorrió a
socorrieron a
socorrido a
socorría a
socorrían a
socorre a
socorren a

# Palabras tras las personas contadas (pasado un paréntesis o un auxiliar) que las hacen personas atendidas:
# "(467 personas) asistidas", "41 personas sobrevivieron".
[helped after]
# quienes intentaron cruzar no son cifra: la cuenta incluye a los que no lo lograron ("20.000 intentaron entrar")
intentaron
intentan
intentaban
intentó
intenta
asistidas
asistidos
beneficiadas
beneficiados
rescatadas
rescatados
sobrevivieron
sobreviven
que sobrevivieron
que sobreviven
socorridas
socorridos

# Un rescate en el mar de personas llevadas a tierra es su llegada: la cifra es de llegadas (analysis.RescueAtSea),
# cuando la oración nombra un rescate por un rescatador de la costa de llegada, y ni un regreso a la costa de salida ni
# un naufragio.
[rescue]
rescató
rescataron
rescata
rescatan
rescatado
rescatados
rescatadas
rescate de
rescate a
# "el primer rescate se produjo cuando el avión de Salvamento Marítimo detectó una embarcación con 70 personas"
rescate
socorrido
socorridos
socorridas
socorrió
socorrieron
socorre
socorren
socorría
socorrían
[sea rescue]
# Los servicios y barcos de rescate de una costa de llegada (la marina o guardacostas de la costa de salida que devuelve
# las embarcaciones hace aprehensiones, README "Metric choices")
salvamento marítimo
salvamento maritimo
# "Salvamento rescata a 14 migrantes": Salvamento Marítimo, por su nombre corto
salvamento
salvamar
sasemar
guardia costera italiana
guardacostas italianos
guardacostas griegos
guardia costera griega
fuerzas armadas de malta
open arms
ocean viking
sea-watch
aita mari
geo barents
[rescue return]
devueltos
devueltas
devueltos a
retornados a

# Palabras justo antes de la cuenta de quienes iban a bordo (guard AboardWreck: con una palabra de [accident] en la
# oración, no son cifra).
[aboard]
embarcación con
patera con
cayuco con
barco con
lancha con
bote con
barcaza con
camión con
tráiler con


# Verbos justo antes de la cuenta de quienes iban en una embarcación: su llegada ([verb]) solo si la oración dice que
# desembarcaron, llegaron o fueron rescatados ([landing], [rescue]); si no, iban a bordo de una embarcación que no ha
# llegado, y no son cifra (guard AboardWreck). Con una palabra de [accident], tampoco.
[aboard verb]
viajaban
viajaba
navegaban
navegaba
iban
ocupados por
ocupadas por
ocupado por
ocupada por
[landing]
desembarcaron
desembarcó
desembarcado
desembarcados
desembarcadas
desembarca
desembarcan
desembarcar
llegó
llegaron
ha llegado
han llegado
llega
llegan
arribó
arribaron
alcanzó
alcanzaron
recibió
recibieron
recibe
# Accidentes en el camino: los migrantes muertos en un choque o un naufragio murieron migrando
# (migrant_deaths), sea cual sea el verbo ("volcó un tráiler con migrantes y murieron 54").
[accident]
accidente
accidentes
volcadura
volcó
volcamiento
choque
chocó
naufragio
naufragó
hundimiento

# Justo tras el verbo de una muerte, la muerte es autoinfligida: no es violencia ("12 presos se suicidaron", "murieron
# por suicidio"); los suicidios de los agresores tampoco cuentan víctimas.
[self harm]
se suicidaron
se suicidó
por suicidio

# Un recuento desde el inicio de la guerra del país, que el texto no fecha: el inicio se sabe del mundo
# (war-starts.tsv) ("muertos en Gaza desde el inicio de la guerra", "han huido desde que estalló el conflicto").
[war start]
desde el inicio de la guerra
desde el comienzo de la guerra
desde el estallido de la guerra
desde el principio de la guerra
desde que comenzó la guerra
desde que empezó la guerra
desde que estalló la guerra
desde que inició la guerra
desde que se inició la guerra
desde el inicio del conflicto
desde el comienzo del conflicto
desde el estallido del conflicto
desde que comenzó el conflicto
desde que empezó el conflicto
desde que estalló el conflicto
desde el inicio de los combates
desde que comenzaron los combates
desde que estallaron los combates

# Enfermedad y hambre: las muertes por ellas no son violencia ("un brote de cólera que ha causado 1.740 muertes").
[disease]
# los desastres naturales tampoco son violencia ("el terremoto ... dejó más de 2.000 muertos")
terremoto
terremotos
sismo
sismos
huracán
ciclón
tifón
tsunami
deslave
deslaves
alud
aludes
erupción
ola de calor
cólera
desnutrición
hambre
hambruna
inanición
enfermedad
enfermedades
sarampión
malaria
paludismo
dengue
covid
covid-19
coronavirus
neumonía
diarrea

# Delitos que no son métrica: una cifra sin palabra propia tras uno de ellos lo cuenta a él, no la
# estadística del artículo ("los robos bajaron, con 4.100 denuncias frente a 4.500").
[other offence]
robo
robos
asalto
asaltos
hurto
hurtos
violación
violaciones
extorsión
extorsiones
lesiones
abigeato
narcomenudeo
fraude
fraudes
sexual
sexuales
# los suicidios no son violencia ("los suicidios se mantuvieron, con 558 casos"); "suicida" es palabra de atentados
suicidios
suicidio

# Una palabra ante el locativo que hace del lugar la sede de una organización, no donde ocurrió ("la
# agencia, con sede en Ginebra, informó").
[seat]
sede

# Sustantivos de una parte de la ciudad ante un nombre: el nombre de un país tras ellos ("la sindicatura
# de Costa Rica", "la colonia Guatemala", "calle Honduras") es el de una colonia o una calle, no el país.
[locality noun]
colonia
sindicatura
fraccionamiento
barrio
calle
avenida
bulevar
boulevard
ejido
aldea
caserío
cantón
residencial

# Rótulos sobre las noticias relacionadas de una página ("Lea también:"): el rótulo y los titulares o
# avances cortados que le siguen son de otras noticias (RelatedLinks).
[related label]
lea también
lee también
leer también
lea además
lee además
lea más
lee más
te puede interesar
le puede interesar
también te puede interesar
te recomendamos
noticias relacionadas
notas relacionadas
artículos relacionados
contenido relacionado
más noticias
relacionado
relacionados
relacionadas
también puedes leer
puedes leer también
quizás te interese
lo más leído
leer más
relacionada
noticia relacionada
ver también
más información
te podría interesar
también te podría interesar
lo más visto
más leídas
las más leídas
últimas noticias
mira también
no te pierdas
noticias recomendadas
otras noticias
lo último de {section}
lo último en {section}
más noticias de {section}
últimas noticias de {section}

# La palabra que cierra un verbo de cambio ante el valor de partida ("los homicidios consumados cayeron de 15 a 9"):
# el sujeto de la cláusula es la estadística aunque lo siga un adjetivo.
[change from]
de

# Una cifra de más de un país: un elemento o total de deportaciones así nombrado no lleva país.
[several countries]
otros países
diferentes países
distintos países
varios países
varias naciones
otras naciones
diferentes naciones
distintas naciones

[share restated]
# Palabras entre una proporción y la cifra a la que equivale ("el 82 %, o sea 1.871", "el 23,5%, o 5.007"): la cifra
# cuenta la parte de la estadística que se cuenta; link rule Elliptical. No una variación ("una caída del 19,5 %, o sea").
o sea
o
es decir
esto es
lo que equivale a
equivalente a
