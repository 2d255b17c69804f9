// French, German, Dutch, Italian, Spanish, Portuguese, Catalan, Basque and Galician field words (Odoo, Dolibarr,
// SuiteCRM, vtiger, Salesforce and HubSpot in these languages). Not a bare "data" / "fecha" / "datum", nor a bare
// "estado" (a status as often as a state), "domicile" (a phone's type in French), "contrat" / "contract" (a number as
// often as a name), "offre" (a quote), nor Lieferadresse / Rechnungsadresse (an ERP address grid's ✓ columns).
import type { WordTable } from './index';

export const EUROPE_WEST: Record<string, WordTable> = {
  // English field words are dictionary.ts's; here only the phone named by the record's kind, whose and not which kind
  // of line (tel).
  en: {
    tel: 'customer phone|client phone|customer telephone|client telephone|member phone|student phone|patient phone',
    adviserNoun: 'adviser|advisor|counsellor|counselor|consultant|coordinator|co-ordinator',
    roleNoun: 'manager|officer|agent|specialist|executive|broker',
    sellerSide:
      'sales|sale|selling|loan|loans|credit|lending|mortgage|policy|insurance|relationship|account|client|customer|patient|member|student|clientele|area|region|regional|territory|branch|store|zone|district|assigned|responsible|dedicated|personal|servicing',
    serviceNoun:
      'groomer|optometrist|optician|technician|doctor|physician|dentist|nurse|pharmacist|therapist|physiotherapist|stylist|hairdresser|trainer|instructor|teacher|tutor|driver|installer|engineer|mechanic|attorney|lawyer|solicitor|veterinarian|vet',
  },
  fr: {
    name: "nom et prénom|prénom et nom|nom prénom|nom, prénom|nom & prénom|nom client|nom de l'adhérent|nom du souscripteur|souscripteur",
    firstName: 'prénoms',
    lastName: "nom de naissance|nom d’usage|nom d'usage",
    company: "nom de la société|nom de l'entreprise|nom de l’entreprise|organisme|employeur|tiers",
    tel: 'téléphone|tél|tél.|tel.|numéro de téléphone|n° de téléphone|n° téléphone|n° de tél.|téléphone client|téléphone du client',
    phone:
      'tél. fixe|fixe|téléphone pro|téléphone professionnel|tél. pro|tél. pro.|tél. bureau|téléphone domicile|tél. domicile|ligne fixe',
    mobile:
      'téléphone portable|tél portable|tél. mobile|numéro de portable|numéro de mobile|cellulaire|cell.|tél. cellulaire',
    email: 'adresse électronique|adresse mail|adresse courriel|mél|mèl',
    address:
      'adresse postale|adresse complète|adresse de facturation|adresse de livraison|adresse principale|siège social|adresse du siège',
    addressPart: 'voie|numéro de rue|complément|complément d’adresse|commune|localité|cedex|lieu-dit',
    birthDate: 'date naissance|né le|née le|né(e) le|date de naiss.',
    gender: 'genre',
    idNumber: 'n° sécu|numéro de sécu|n° ss|numéro nir',
    customerId: 'identifiant client|code tiers|réf. tiers|référence tiers|numéro d’adhérent',
    owner:
      "commercial attitré|commercial assigné|commercial responsable|responsable du compte|responsable de compte|chargé de clientèle|chargée de clientèle|chargée de compte|chargé d’affaires|gestionnaire|gestionnaire de compte|gestionnaire du dossier|conseiller commercial|conseiller clientèle|suivi par|assigné à|attribué à|affecté à|vendeur|vendeuse|commerciaux|agent commercial|apporteur d'affaires|coordonnateur|coordonnatrice|coordinateur|coordinatrice|représentant|représentante",
    product:
      'produits|nom du produit|forfait|contrat souscrit|service souscrit|prestation souscrite|plan de traitement accepté|plan de traitement',
    signDate:
      "signé le|signée le|date de souscription|souscrit le|date d'adhésion|date d’adhésion|date de début du contrat|début du contrat|date d'effet|date d’effet|date de conclusion|date d'acceptation|date d’acceptation|accepté le|acceptée le",
    adviserNoun: 'conseiller|conseillère',
    roleNoun: 'gestionnaire|chargé|chargée|courtier|responsable',
    sellerSide: 'commercial|vente|ventes|crédit|compte|clientèle|régional|affecté|affectée',
    serviceNoun:
      'toiletteur|toiletteuse|optométriste|opticien|opticienne|technicien|technicienne|médecin|docteur|dentiste|infirmier|infirmière|pharmacien|pharmacienne|kinésithérapeute|coiffeur|coiffeuse|formateur|formatrice|moniteur|monitrice|professeur|chauffeur|installateur|ingénieur|mécanicien|avocat|avocate|vétérinaire',
  },
  de: {
    name: 'vollständiger name|vor- und nachname|vor- und zuname|kundenname|name des kunden|kontaktname|name, vorname|nachname, vorname|versicherungsnehmer|vertragspartner',
    firstName: 'rufname',
    lastName: 'zuname',
    company: 'unternehmen|unternehmensname|arbeitgeber|betrieb|gesellschaft|firmierung|name der firma',
    tel: 'telefon|tel.|tel|telefonnummer|rufnummer|tel.-nr.|telefon-nr.|tel-nr.|telefonnr.|kundentelefon|telefon kunde',
    phone: 'festnetznummer|tel. geschäftlich|tel. privat|zentrale',
    mobile: 'handynummer|mobilfunk|mobilfunknummer|mobiltelefonnummer|mobil-nr.|handy-nr.',
    email: 'email-adresse|e-mail adresse|emailadresse|e-mail geschäftlich|e-mail privat',
    address:
      'postanschrift|hauptadresse|wohnadresse|privatadresse|geschäftsadresse|hausanschrift|firmenanschrift|rechnungsadresse|rechnungsanschrift',
    addressPart: 'str.|wohnort|kanton|landkreis|straße und hausnummer|plz ort|ortsteil',
    birthDate: 'geb.|geboren am|geb.-datum|geburtsdat.|geb. am',
    idNumber:
      'personalausweisnummer|ausweisnummer|personalausweis-nr.|ausweis-nr.|ahv-nummer|ahv-nr.|sozialversicherungsnummer',
    customerId: 'kd.-nr.|kdnr.|kd-nr.|kd.nr.|kundenkennung|debitorennummer|debitoren-nr.|mitgliedsnummer|mitglieds-nr.',
    owner:
      'zuständiger|zuständige|verkäufer|verkäuferin|vertreter|außendienst|außendienstmitarbeiter|sachbearbeiter|sachbearbeiterin|zugewiesen an|zugeordnet zu|kontaktinhaber|account-inhaber|accountinhaber|lead-inhaber|datensatzinhaber|kundenberater|kundenberaterin|interner ansprechpartner|vertriebsbeauftragter|vermittler',
    product: 'produkte|produktname|gebuchter tarif|gebuchtes produkt|abo|versicherungsprodukt|vertragsprodukt',
    signDate: 'datum der unterschrift|unterschriftsdatum|abgeschlossen am|vertragsunterzeichnung|versicherungsbeginn',
    adviserNoun: 'berater|beraterin',
    roleNoun: 'betreuer|betreuerin|makler|maklerin|referent',
    sellerSide: 'vertrieb|vertriebs|kredit|kunden|kunde|zuständiger|zuständige',
    serviceNoun:
      'hundefriseur|hundefriseurin|optometrist|optiker|optikerin|techniker|technikerin|arzt|ärztin|zahnarzt|zahnärztin|pfleger|pflegerin|apotheker|apothekerin|therapeut|therapeutin|friseur|friseurin|trainer|trainerin|lehrer|lehrerin|fahrer|fahrerin|monteur|monteurin|ingenieur|mechaniker|anwalt|anwältin|rechtsanwalt|tierarzt|tierärztin',
  },
  nl: {
    name: 'naam klant|contactnaam|relatienaam|naam relatie|naam en voornaam',
    firstName: 'roepnaam',
    lastName: 'familienaam',
    company: 'organisatie|werkgever|onderneming|naam organisatie|naam bedrijf',
    tel: 'telefoon|telefoonnummer|tel.|tel|telefoonnr.|telnr.|telefoonnr|telefoon klant|klanttelefoon',
    phone:
      'vast|vaste telefoon|vast nummer|vaste lijn|telefoon werk|telefoon zakelijk|telefoon thuis|zakelijk telefoonnummer|telefoon vast|telefoonnr. werk|telefoonnummer werk|telefoonnr. privé',
    mobile: 'mobiel nummer|mobiel telefoonnummer|gsm-nummer|06-nummer|telefoon mobiel|mobiel werk|telefoonnr. mobiel',
    email: 'emailadres|e-mail adres|mailadres|e-mail werk|e-mail privé',
    address: 'postadres|bezoekadres|woonadres|factuuradres|afleveradres|huisadres|vestigingsadres|correspondentieadres',
    addressPart: 'straatnaam|huisnr.|huisnr|postcode en plaats|straat en huisnummer',
    birthDate: 'geboren op|geb. datum|geb.datum|verjaardag',
    gender: 'geslacht',
    idNumber: 'bsn|burgerservicenummer|bsn-nummer|rijksregisternummer',
    customerId: 'debiteurnummer|debiteurennummer',
    owner:
      'accounthouder|accountbeheerder|verkoper|vertegenwoordiger|behandelaar|toegewezen aan|binnendienst|buitendienst|adviseur|relatiebeheerder|klantbeheerder|contactpersoon intern|interne contactpersoon',
    product: 'producten|productnaam|tarief|polis|dienstverlening',
    signDate: 'datum contract|datum ondertekening|tekendatum|startdatum contract|datum overeenkomst|ingangsdatum polis',
    adviserNoun: 'adviseur|consulent',
    roleNoun: 'makelaar',
    sellerSide: 'verkoop|klant|toegewezen',
  },
  it: {
    name: 'cognome e nome|nome cliente|nome del cliente|denominazione|intestatario|contraente',
    company: 'ditta|impresa|datore di lavoro|organizzazione|ente|nome società',
    tel: 'telefono|tel.|numero di telefono|n. telefono|recapito telefonico|telefono principale|telefono cliente|telefono del cliente',
    phone: 'fisso|tel. ufficio|tel. fisso|tel. casa|telefono abitazione',
    mobile: 'cell.|telefono cellulare|numero di cellulare|tel. cellulare|telefono mobile',
    email: 'indirizzo email|indirizzo e-mail',
    address:
      'indirizzo di residenza|residenza|indirizzo completo|indirizzo di fatturazione|indirizzo di spedizione|sede legale|indirizzo sede',
    addressPart: 'via|civico|numero civico|n. civico|località|prov.|paese|frazione',
    birthDate: 'data nascita|nato il|nata il|nato/a il|compleanno',
    gender: 'genere',
    idNumber: 'cod. fisc.',
    customerId: 'cod. cliente|n. cliente|codice anagrafica',
    owner:
      'assegnata a|assegnatario|venditore|venditrice|referente commerciale|referente interno|gestore|consulente|consulente commerciale|incaricato',
    product:
      'prodotti|nome prodotto|abbonamento|tariffa|piano|piano tariffario|polizza|pacchetto|offerta sottoscritta|piano di trattamento|piano di cura',
    signDate:
      'data del contratto|data di sottoscrizione|data sottoscrizione|data stipula|data di stipula|firmato il|sottoscritto il|data inizio contratto|data attivazione|data decorrenza|data di accettazione',
    adviserNoun: 'consulente',
    sellerSide: 'commerciale|vendite|filiale',
    roleNoun: 'responsabile|referente|gestore',
    serviceNoun:
      'toelettatore|toelettatrice|optometrista|ottico|tecnico|medico|dentista|infermiere|infermiera|farmacista|fisioterapista|parrucchiere|parrucchiera|istruttore|istruttrice|insegnante|autista|installatore|ingegnere|meccanico|avvocato|veterinario',
  },
  es: {
    name: 'nombre y apellidos|nombre y apellido|nombre del cliente|nombre cliente|apellidos y nombre|apellidos, nombre|nombre de contacto|titular|tomador',
    lastName: 'primer apellido',
    company: 'compañía|organización|nombre de la empresa|empleador|nombre empresa|razón social de la empresa',
    tel: 'teléfono|tel.|tfno.|tlf.|telf.|número de teléfono|nº de teléfono|telefono|teléfonos|teléfono del cliente|teléfono cliente',
    phone: 'fijo|teléfono casa|teléfono particular|teléfono de casa|teléfono del trabajo',
    mobile: 'movil|teléfono celular|número de móvil|número de celular|cel.|tel. móvil',
    email: 'correo electronico|correo-e|dirección de correo|dirección de correo electrónico|e-mail de contacto',
    address:
      'dirección postal|dirección completa|dirección de facturación|dirección de envío|domicilio fiscal|domicilio particular',
    addressPart: 'comunidad autónoma|alcaldía|delegación|comuna|barrio|distrito|región|piso|puerta|portal',
    birthDate: 'fecha nacimiento|f. nacimiento|fec. nacimiento|f. de nacimiento|cumpleaños',
    gender: 'género',
    idNumber: 'dni/nif|documento de identidad|cédula|cédula de identidad|número de cédula|curp|dni / nie',
    customerId: 'núm. cliente|cod. cliente',
    owner:
      'asignada a|vendedora|ejecutivo|ejecutiva|ejecutiva de cuenta|ejecutivo comercial|ejecutivo de ventas|asesor comercial|agente asignado|representante de ventas|representante comercial|gestor comercial|propietario del contacto|propietario de la cuenta',
    product:
      'productos|nombre del producto|tarifa|póliza|suscripción|paquete|plan de tratamiento|plan de tratamiento aceptado',
    signDate:
      'fecha del contrato|fecha de suscripción|firmado el|fecha inicio contrato|fecha de inicio del contrato|fecha de emisión de la póliza|fecha de aceptación',
    adviserNoun: 'asesor|asesora',
    roleNoun: 'agente|gestor|gestora|ejecutivo|ejecutiva|corredor|gerente|representante',
    sellerSide: 'comercial|ventas|crédito|cuenta|clientes|cliente|zona|filial|asignado|asignada',
    serviceNoun:
      'peluquero|peluquera|optometrista|óptico|técnico|técnica|médico|médica|doctor|doctora|dentista|odontólogo|odontóloga|enfermero|enfermera|farmacéutico|farmacéutica|fisioterapeuta|terapeuta|estilista|entrenador|entrenadora|instructor|instructora|profesor|profesora|conductor|chofer|instalador|ingeniero|mecánico|abogado|abogada|veterinario|veterinaria',
  },
  pt: {
    name: 'nome do cliente|nome cliente|nome do contato|nome do contacto|titular',
    firstName: 'prenome',
    lastName: 'último nome',
    company: 'companhia|organização|empregador|entidade empregadora',
    tel: 'telefone|tel.|fone|número de telefone|telefones|contacto telefónico|contato telefônico|telefone do cliente|telefone cliente',
    phone: 'fixo|telefone do trabalho|tel. fixo',
    mobile: 'telemóvel|telemovel|móvel|telefone móvel|nº de telemóvel|número de celular',
    email: 'correio eletrónico|correio eletrônico|endereço de e-mail|endereço de email|endereço eletrônico',
    address: 'morada|morada completa|endereço de cobrança|endereço de entrega|endereço residencial|endereço comercial',
    addressPart: 'logradouro|distrito|concelho|freguesia|localidade',
    birthDate: 'data nascimento|dt. nascimento|dt. nasc.|aniversário',
    gender: 'gênero|género',
    idNumber: 'rg|cartão de cidadão|nº cartão de cidadão',
    customerId: 'cód. cliente',
    owner:
      'vendedora|representante comercial|atribuída a|proprietário do contato|proprietário da conta|executivo de vendas|gestor de conta|gestor de cliente|gerente de contas|corretor',
    product: 'produtos|nome do produto|plano|serviço contratado|apólice|pacote|tarifário|plano de tratamento',
    signDate: 'data do contrato|data de adesão|assinado em|data de início do contrato|data de aceitação|data de aceite',
    adviserNoun: 'consultor|consultora',
    roleNoun: 'executivo|executiva|corretor',
    sellerSide: 'vendas|conta|atribuído',
    serviceNoun:
      'tosador|tosadora|optometrista|técnico|técnica|médico|médica|dentista|enfermeiro|enfermeira|farmacêutico|farmacêutica|fisioterapeuta|cabeleireiro|cabeleireira|treinador|treinadora|instrutor|instrutora|professor|professora|motorista|instalador|engenheiro|mecânico|advogado|advogada|veterinário|veterinária',
  },
  ca: {
    name: 'nom i cognoms|nom del client',
    lastName: 'cognoms|cognom',
    company: 'companyia|organització|raó social',
    tel: 'telèfon|número de telèfon',
    phone: 'telèfon fix',
    mobile: 'mòbil|telèfon mòbil',
    email: 'correu electrònic|adreça electrònica|adreça de correu',
    address: 'adreça|domicili|adreça postal',
    addressPart: 'carrer|codi postal|població|ciutat|municipi|comarca|província',
    birthDate: 'data de naixement|data naixement',
    gender: 'gènere',
    customerId: 'codi de client|codi client|núm. client',
    owner: 'assignat a|assignada a|venedor|venedora|propietari',
    product: 'producte|productes|pla|tarifa|servei contractat',
    signDate: 'data de signatura|data de la signatura|data del contracte|data de contractació',
    adviserNoun: 'assessor|assessora',
    roleNoun: 'executiu',
    sellerSide: 'vendes|compte|clients',
  },
  eu: {
    name: 'izen osoa|izen-abizenak|izen abizenak|bezeroaren izena',
    firstName: 'izena',
    lastName: 'abizenak|abizena|deitura',
    company: 'enpresa|erakundea|konpainia',
    tel: 'telefonoa|telefono zenbakia',
    mobile: 'mugikorra|telefono mugikorra',
    email: 'helbide elektronikoa|posta elektronikoa',
    address: 'helbidea|posta helbidea',
    addressPart: 'kalea|posta kodea|herria|udalerria|probintzia|lurraldea|lurralde historikoa|hiria|herrialdea',
    birthDate: 'jaiotze data|jaiotze-data|jaioteguna',
    gender: 'sexua|generoa',
    customerId: 'bezero kodea|bezero zenbakia|bezeroaren kodea',
    owner: 'arduraduna|esleitua|saltzailea|jabea',
    product: 'produktua|zerbitzua|tarifa',
    signDate: 'sinadura data|kontratu data|kontratuaren data',
    adviserNoun: 'aholkularia',
    roleNoun: 'kudeatzailea|agentea|ordezkaria',
    sellerSide: 'bezeroaren|bezeroen|salmenten|kontuaren|kredituaren',
  },
  gl: {
    name: 'nome e apelidos|nome do cliente',
    company: 'organización',
    tel: 'teléfono',
    phone: 'teléfono fixo|teléfono da casa|teléfono do traballo',
    mobile: 'móbil|teléfono móbil',
    email: 'enderezo electrónico',
    address: 'enderezo|enderezo postal',
    addressPart: 'rúa|localidade|concello',
    birthDate: 'data de nacemento',
    gender: 'xénero',
    product: 'servizo contratado',
    signDate: 'data de sinatura|data do contrato',
    roleNoun: 'xestor|xestora|axente',
  },
};
