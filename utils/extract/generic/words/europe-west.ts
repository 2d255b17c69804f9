// French, German, Dutch, Italian, Spanish, Portuguese, Catalan, Basque and Galician field words (Odoo, Dolibarr,
// SuiteCRM, vtiger, Salesforce and HubSpot in these languages). Not a bare "data" / "fecha" / "datum", nor a bare
// "estado" (a status as often as a state), "domicile" (a phone's type in French), "contrat" / "contract" (a number as
// often as a name), "offre" (a quote), nor Lieferadresse / Rechnungsadresse (an ERP address grid's ✓ columns).
import type { WordTable } from './index';

export const EUROPE_WEST: Record<string, WordTable> = {
  fr: {
    name: "nom et prénom|prénom et nom|nom prénom|nom, prénom|nom & prénom|nom complet|nom du client|nom client|nom du contact|nom de l'adhérent|nom du souscripteur|souscripteur",
    firstName: 'prénom|prénoms',
    lastName: "nom de famille|nom de naissance|nom d’usage|nom d'usage",
    company:
      "société|entreprise|nom de la société|nom de l'entreprise|nom de l’entreprise|organisme|organisation|employeur|tiers",
    tel: 'téléphone|tél|tél.|tel.|numéro de téléphone|n° de téléphone|n° téléphone|n° de tél.',
    phone:
      'téléphone fixe|tél. fixe|fixe|téléphone pro|téléphone professionnel|tél. pro|tél. pro.|tél. bureau|téléphone bureau|téléphone domicile|tél. domicile|ligne fixe',
    mobile:
      'portable|téléphone portable|tél. portable|tél portable|mobile|téléphone mobile|tél. mobile|numéro de portable|numéro de mobile|gsm|cellulaire|cell.|tél. cellulaire',
    email:
      'e-mail|email|courriel|adresse e-mail|adresse email|adresse électronique|adresse mail|mail|adresse courriel|mél|mèl',
    address:
      'adresse|adresse postale|adresse complète|adresse de facturation|adresse de livraison|adresse principale|siège social|adresse du siège',
    addressPart:
      "rue|voie|numéro de rue|complément|complément d'adresse|complément d’adresse|code postal|cp|ville|commune|localité|département|région|province|pays|cedex|lieu-dit|code postal / ville|cp / ville",
    birthDate: 'date de naissance|date naissance|né le|née le|né(e) le|anniversaire|date de naiss.',
    gender: 'sexe|genre',
    idNumber: 'numéro de sécurité sociale|n° de sécurité sociale|n° sécu|numéro de sécu|n° ss|nir|numéro nir',
    customerId:
      "code client|n° client|numéro client|numéro de client|référence client|réf. client|id client|identifiant client|code tiers|réf. tiers|référence tiers|n° adhérent|numéro adhérent|numéro d’adhérent|numéro d'adhérent",
    owner:
      "commercial|commerciale|commercial attitré|commercial assigné|commercial responsable|responsable commercial|responsable du compte|responsable de compte|chargé de clientèle|chargée de clientèle|chargé de compte|chargée de compte|chargé d'affaires|chargé d’affaires|gestionnaire|gestionnaire de compte|gestionnaire du dossier|conseiller|conseillère|conseiller commercial|conseiller clientèle|suivi par|assigné à|attribué à|affecté à|propriétaire|vendeur|vendeuse|commerciaux|agent commercial|apporteur d'affaires",
    product:
      'produit|produits|nom du produit|produit souscrit|offre souscrite|formule|formule souscrite|forfait|abonnement|contrat souscrit|service souscrit|prestation souscrite|tarif',
    signDate:
      "date de signature|date de signature du contrat|signé le|signée le|date du contrat|date de souscription|souscrit le|date d'adhésion|date d’adhésion|date de début du contrat|début du contrat|date d'effet|date d’effet|date de conclusion",
  },
  de: {
    name: 'vollständiger name|vor- und nachname|vor- und zuname|kundenname|name des kunden|kontaktname|name, vorname|nachname, vorname|versicherungsnehmer|vertragspartner',
    firstName: 'vorname|rufname',
    lastName: 'nachname|familienname|zuname',
    company:
      'firma|firmenname|unternehmen|unternehmensname|organisation|arbeitgeber|betrieb|gesellschaft|firmierung|name der firma',
    tel: 'telefon|tel.|tel|telefonnummer|rufnummer|tel.-nr.|telefon-nr.|tel-nr.|telefonnr.',
    phone:
      'festnetz|festnetznummer|telefon geschäftlich|telefon privat|telefon (privat)|telefon (geschäftlich)|telefon büro|telefon dienstlich|tel. geschäftlich|tel. privat|zentrale',
    mobile:
      'mobil|mobiltelefon|handy|mobilnummer|handynummer|mobilfunk|mobilfunknummer|telefon mobil|mobiltelefonnummer|mobil-nr.|handy-nr.',
    email: 'e-mail|e-mail-adresse|email-adresse|e-mail adresse|emailadresse|mail|e-mail geschäftlich|e-mail privat',
    address:
      'adresse|anschrift|postanschrift|hauptadresse|wohnadresse|privatadresse|geschäftsadresse|hausanschrift|firmenanschrift',
    addressPart:
      'straße|strasse|str.|hausnummer|hausnr.|hausnr|plz|postleitzahl|ort|wohnort|stadt|bundesland|kanton|land|landkreis|straße und hausnummer|straße / hausnr.|plz / ort|plz ort|plz/ort|postfach|ortsteil',
    birthDate: 'geburtsdatum|geburtstag|geb.|geboren am|geb.-datum|geburtsdat.|geb. am',
    gender: 'geschlecht',
    idNumber:
      'personalausweisnummer|ausweisnummer|personalausweis-nr.|ausweis-nr.|ahv-nummer|ahv-nr.|sozialversicherungsnummer',
    customerId:
      'kundennummer|kunden-nr.|kundennr.|kundennr|kd.-nr.|kdnr.|kd-nr.|kd.nr.|kundenkennung|kunden-id|kundenid|debitorennummer|debitoren-nr.|mitgliedsnummer|mitglieds-nr.|adressnummer',
    owner:
      'betreuer|betreuerin|kundenbetreuer|kundenbetreuerin|zuständig|zuständiger|zuständige|zuständiger mitarbeiter|verantwortlich|verantwortlicher|vertriebsmitarbeiter|vertriebler|verkäufer|verkäuferin|vertreter|außendienst|außendienstmitarbeiter|sachbearbeiter|sachbearbeiterin|zugewiesen an|zugeordnet zu|kontaktinhaber|account-inhaber|accountinhaber|lead-inhaber|datensatzinhaber|berater|beraterin|kundenberater|kundenberaterin|interner ansprechpartner|vertriebsbeauftragter|key account manager|vermittler',
    product:
      'produkt|produkte|produktname|tarif|gebuchter tarif|gebuchtes produkt|abo|abonnement|paket|versicherungsprodukt|vertragsprodukt',
    signDate:
      'vertragsdatum|vertragsabschluss|abschlussdatum|vertragsbeginn|unterschrieben am|unterzeichnet am|datum der unterschrift|unterschriftsdatum|abgeschlossen am|vertragsunterzeichnung|versicherungsbeginn',
  },
  nl: {
    name: 'naam|volledige naam|klantnaam|naam klant|contactnaam|relatienaam|naam relatie|naam en voornaam',
    firstName: 'voornaam|voornamen|roepnaam',
    middleName: 'tussenvoegsel|tussenvoegsels',
    lastName: 'achternaam|familienaam',
    company: 'bedrijf|bedrijfsnaam|organisatie|werkgever|firma|onderneming|naam organisatie|naam bedrijf',
    tel: 'telefoon|telefoonnummer|tel.|tel|telefoonnr.|telnr.|telefoonnr',
    phone:
      'vast|vaste telefoon|vast nummer|vaste lijn|telefoon werk|telefoon zakelijk|telefoon thuis|zakelijk telefoonnummer|telefoon vast',
    mobile: 'mobiel|mobiel nummer|mobiele telefoon|mobiel telefoonnummer|gsm|gsm-nummer|06-nummer|telefoon mobiel',
    email: 'e-mail|e-mailadres|emailadres|mail|e-mail adres|mailadres',
    address:
      'adres|postadres|bezoekadres|woonadres|factuuradres|afleveradres|huisadres|vestigingsadres|correspondentieadres',
    addressPart:
      'straat|straatnaam|huisnummer|huisnr.|huisnr|toevoeging|postcode|plaats|woonplaats|gemeente|provincie|land|postcode en plaats|postcode / plaats|straat en huisnummer',
    birthDate: 'geboortedatum|geboren op|geb. datum|geb.datum|verjaardag',
    gender: 'geslacht|gender',
    idNumber: 'bsn|burgerservicenummer|bsn-nummer|rijksregisternummer',
    customerId:
      'klantnummer|klantnr.|klantnr|klant-id|klantcode|relatienummer|relatiecode|debiteurnummer|debiteurennummer|lidnummer',
    owner:
      'eigenaar|accountmanager|accounthouder|accountbeheerder|verkoper|vertegenwoordiger|behandelaar|toegewezen aan|verantwoordelijke|binnendienst|buitendienst|adviseur|relatiebeheerder|klantbeheerder|contactpersoon intern|interne contactpersoon',
    product: 'product|producten|productnaam|pakket|abonnement|tarief|polis|dienstverlening',
    signDate:
      'contractdatum|datum contract|datum ondertekening|ondertekend op|getekend op|tekendatum|ingangsdatum contract|startdatum contract|datum overeenkomst|ingangsdatum polis',
  },
  it: {
    name: 'nome e cognome|cognome e nome|nominativo|nome completo|nome cliente|nome del cliente|ragione sociale|denominazione|intestatario|contraente',
    firstName: 'nome',
    lastName: 'cognome',
    company: 'azienda|società|ditta|impresa|nome azienda|datore di lavoro|organizzazione|ente|nome società',
    tel: 'telefono|tel.|numero di telefono|n. telefono|recapito telefonico|telefono principale',
    phone:
      'telefono fisso|fisso|telefono ufficio|telefono casa|telefono lavoro|tel. ufficio|tel. fisso|tel. casa|telefono abitazione',
    mobile: 'cellulare|cell.|telefono cellulare|numero di cellulare|tel. cellulare|telefono mobile|mobile',
    email: 'email|e-mail|posta elettronica|indirizzo email|indirizzo e-mail|mail',
    address:
      'indirizzo|indirizzo di residenza|residenza|indirizzo completo|indirizzo di fatturazione|indirizzo di spedizione|sede legale|indirizzo sede|domicilio',
    addressPart:
      'via|civico|numero civico|n. civico|cap|città|comune|località|provincia|prov.|regione|nazione|paese|frazione|cap / città',
    birthDate: 'data di nascita|data nascita|nato il|nata il|nato/a il|compleanno|data nasc.',
    gender: 'sesso|genere',
    idNumber: 'codice fiscale|cod. fiscale|cod. fisc.',
    customerId:
      'codice cliente|cod. cliente|id cliente|numero cliente|n. cliente|nr. cliente|n° cliente|codice anagrafica',
    owner:
      'responsabile|assegnato a|assegnata a|assegnatario|commerciale|agente|venditore|venditrice|referente commerciale|referente interno|gestore|consulente|consulente commerciale|proprietario|incaricato',
    product:
      'prodotto|prodotti|nome prodotto|abbonamento|tariffa|piano|piano tariffario|polizza|pacchetto|prodotto sottoscritto|servizio sottoscritto|offerta sottoscritta|prodotto acquistato',
    signDate:
      'data firma|data di firma|data contratto|data del contratto|data firma contratto|data di sottoscrizione|data sottoscrizione|data stipula|data di stipula|firmato il|sottoscritto il|data inizio contratto|data attivazione|data decorrenza',
  },
  es: {
    name: 'nombre completo|nombre y apellidos|nombre y apellido|nombre del cliente|nombre cliente|apellidos y nombre|apellidos, nombre|razón social|nombre de contacto|titular|tomador',
    firstName: 'nombre|nombres',
    lastName: 'apellido|apellidos|primer apellido',
    company: 'empresa|compañía|organización|nombre de la empresa|empleador|nombre empresa|razón social de la empresa',
    tel: 'teléfono|tel.|tfno.|tlf.|telf.|número de teléfono|nº de teléfono|telefono|teléfonos',
    phone:
      'teléfono fijo|fijo|teléfono oficina|teléfono trabajo|teléfono casa|teléfono particular|teléfono de casa|teléfono del trabajo',
    mobile: 'móvil|movil|celular|teléfono móvil|teléfono celular|número de móvil|número de celular|cel.|tel. móvil',
    email:
      'correo|correo electrónico|correo electronico|email|e-mail|correo-e|dirección de correo|dirección de correo electrónico|mail|e-mail de contacto',
    address:
      'dirección|domicilio|dirección postal|dirección completa|dirección de facturación|dirección de envío|domicilio fiscal|domicilio particular',
    addressPart:
      'calle|código postal|codigo postal|cp|c.p.|población|localidad|ciudad|municipio|provincia|comunidad autónoma|país|colonia|alcaldía|delegación|comuna|barrio|distrito|región|piso|puerta|portal|cp / ciudad',
    birthDate: 'fecha de nacimiento|fecha nacimiento|f. nacimiento|fec. nacimiento|f. de nacimiento|cumpleaños',
    gender: 'sexo|género',
    idNumber:
      'dni|nie|nif|dni/nie|dni/nif|documento de identidad|cédula|cédula de identidad|número de cédula|rut|run|curp|dni / nie',
    customerId:
      'código de cliente|código cliente|nº de cliente|número de cliente|id cliente|id de cliente|n.º cliente|núm. cliente|num. cliente|cod. cliente',
    owner:
      'asignado a|asignada a|responsable|comercial|comercial asignado|vendedor|vendedora|ejecutivo|ejecutiva|ejecutivo de cuenta|ejecutiva de cuenta|ejecutivo comercial|ejecutivo de ventas|asesor|asesora|asesor comercial|agente|agente asignado|representante de ventas|representante comercial|gestor|gestora|gestor comercial|propietario|propietario del contacto|propietario de la cuenta',
    product:
      'producto|productos|nombre del producto|plan|tarifa|servicio contratado|póliza|suscripción|paquete|producto contratado|plan contratado',
    signDate:
      'fecha de firma|fecha firma|fecha del contrato|fecha de contrato|fecha de suscripción|firmado el|fecha de contratación|fecha inicio contrato|fecha de inicio del contrato|fecha de alta del contrato|fecha de emisión de la póliza',
  },
  pt: {
    name: 'nome completo|nome do cliente|nome cliente|nome do contato|nome do contacto|titular',
    firstName: 'nome|primeiro nome|prenome',
    lastName: 'sobrenome|apelido|apelidos|último nome',
    company: 'empresa|companhia|organização|nome da empresa|empregador|entidade empregadora',
    tel: 'telefone|tel.|fone|número de telefone|telefones|contacto telefónico|contato telefônico',
    phone: 'telefone fixo|fixo|telefone comercial|telefone residencial|telefone do trabalho|tel. fixo',
    mobile: 'celular|telemóvel|telemovel|móvel|telefone celular|telefone móvel|nº de telemóvel|número de celular',
    email:
      'e-mail|email|correio eletrónico|correio eletrônico|endereço de e-mail|endereço de email|endereço eletrônico',
    address:
      'endereço|morada|endereço completo|morada completa|endereço de cobrança|endereço de entrega|endereço residencial|endereço comercial',
    addressPart:
      'rua|logradouro|número|complemento|bairro|cidade|município|uf|cep|código postal|distrito|concelho|freguesia|localidade|país|cidade/uf',
    birthDate: 'data de nascimento|data nascimento|dt. nascimento|dt. nasc.|nascimento|aniversário',
    gender: 'sexo|gênero|género',
    idNumber: 'cpf|nº do cpf|número do cpf|rg|cartão de cidadão|nº cartão de cidadão|nif',
    customerId:
      'código do cliente|código cliente|nº do cliente|número do cliente|id do cliente|número de cliente|n.º de cliente|cód. cliente',
    owner:
      'responsável|vendedor|vendedora|consultor|consultora|representante comercial|atribuído a|atribuída a|proprietário|proprietário do contato|proprietário da conta|executivo de vendas|executivo de contas|gestor de conta|gestor de cliente|gerente de conta|gerente de contas|comercial|corretor|agente',
    product:
      'produto|produtos|nome do produto|plano|plano contratado|produto contratado|serviço contratado|apólice|pacote|tarifário',
    signDate:
      'data de assinatura|data da assinatura|data do contrato|data de contratação|data da contratação|data de adesão|assinado em|data de início do contrato',
  },
  ca: {
    name: 'nom complet|nom i cognoms|nom del client',
    lastName: 'cognoms|cognom',
    company: 'empresa|companyia|organització|raó social',
    tel: 'telèfon|número de telèfon',
    phone: 'telèfon fix',
    mobile: 'mòbil|telèfon mòbil',
    email: 'correu electrònic|adreça electrònica|adreça de correu',
    address: 'adreça|domicili|adreça postal',
    addressPart: 'carrer|codi postal|població|ciutat|municipi|comarca|província|país',
    birthDate: 'data de naixement|data naixement',
    gender: 'sexe|gènere',
    customerId: 'codi de client|codi client|número de client|núm. client',
    owner: 'responsable|assignat a|assignada a|comercial|venedor|venedora|propietari|gestor',
    product: 'producte|productes|pla|tarifa|servei contractat',
    signDate: 'data de signatura|data de la signatura|data del contracte|data de contractació',
  },
  eu: {
    name: 'izen osoa|izen-abizenak|izen abizenak|bezeroaren izena',
    firstName: 'izena',
    lastName: 'abizenak|abizena|deitura',
    company: 'enpresa|erakundea|konpainia',
    tel: 'telefonoa|telefono zenbakia',
    mobile: 'mugikorra|telefono mugikorra',
    email: 'helbide elektronikoa|posta elektronikoa|e-posta',
    address: 'helbidea|posta helbidea',
    addressPart: 'kalea|posta kodea|herria|udalerria|probintzia|hiria|herrialdea',
    birthDate: 'jaiotze data|jaiotze-data|jaioteguna',
    gender: 'sexua|generoa',
    customerId: 'bezero kodea|bezero zenbakia|bezeroaren kodea',
    owner: 'arduraduna|esleitua|saltzailea|jabea',
    product: 'produktua|zerbitzua|tarifa',
    signDate: 'sinadura data|kontratu data|kontratuaren data',
  },
  gl: {
    name: 'nome completo|nome e apelidos|nome do cliente',
    company: 'empresa|organización',
    tel: 'teléfono',
    mobile: 'móbil|teléfono móbil',
    email: 'correo electrónico|enderezo electrónico',
    address: 'enderezo|enderezo postal',
    addressPart: 'rúa|código postal|localidade|concello|provincia|país|cidade',
    birthDate: 'data de nacemento',
    gender: 'sexo|xénero',
    customerId: 'código de cliente',
    owner: 'responsable|asignado a|comercial',
    product: 'produto|servizo contratado',
    signDate: 'data de sinatura|data do contrato',
  },
};
