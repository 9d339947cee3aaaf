/** The site owner's words in French (en-owner.ts has the English). */
import type { OwnerWords } from '../strings.js';

export const words = {
  diagnostics: 'Diagnostic de connexion',
  diagnosticsTitle: 'Test de connexion MIPTech',
  retest: 'Tester à nouveau',
  probeIdle: 'inactif',
  probeTesting: 'test en cours',
  probeSuccess: 'réussi',
  probeFailed: 'échec',
  probeNoHandshake: 'Délai de connexion dépassé : pas d’auth_success en {seconds} s',
  probeNoAck:
    'la plateforme n’a pas confirmé auth (pas d’auth_success) : le lien compte comme ouvert car il est resté actif',
  tabs: 'Onglets',
  tabsOwner: 'cet onglet tient la connexion que partagent les onglets du site',
  tabsFollower: 'un autre onglet tient la connexion ; celui-ci reçoit par elle',
  tabsOwn: 'une connexion à lui (ce navigateur ne peut pas la partager entre onglets)',
  probeNoWebSocket: 'Impossible d’ouvrir un WebSocket',
  probeServerConfig: 'Erreur de configuration du serveur (1011) : la plateforme a échoué en préparant le chat.',
  probeUnreachable:
    'Fermé avant la poignée de main (code {code}) : le serveur est injoignable ou a refusé la mise à niveau.',
  storagePersistent: 'persistant',
  storageMemory: 'mémoire',
  storageMissing: 'pas de localStorage dans ce navigateur',
  storageUnavailable: 'localStorage est indisponible',
  storageReadRefused: 'localStorage a refusé une lecture',
  storageWriteRefused: 'localStorage a refusé une écriture',
  droppedFrames: 'trames ignorées',
  session: 'session',
  storage: 'stockage',
  configTitle: 'Ce widget de chat n’est pas bien configuré',
  configIntroOne: 'Le propriétaire du site doit corriger cet attribut de {tag} :',
  configIntroMany: 'Le propriétaire du site doit corriger ces attributs de {tag} :',
  configTenant:
    'Un identifiant de locataire compte 1 à 64 lettres, chiffres, « . », « _ » ou « - », et commence par une lettre ou un chiffre.',
  configNotAbsolute: '« {value} » n’est pas une URL absolue ; écrivez-la en entier, comme {example}.',
  configScheme: '« {value} » doit commencer par {schemes}.',
  configQueryOrFragment: '« {value} » ne doit contenir ni requête ni fragment.',
  configCredentials:
    'Une URL ne doit contenir ni nom d’utilisateur ni mot de passe : ils voyageraient avec chaque connexion.',
  configMixedHttp: 'Cette page est servie en https : le navigateur bloque une API en http. Utilisez https://.',
  configMixedWs: 'Cette page est servie en https : le navigateur bloque ws://. Utilisez wss://.',
  configOneOf: 'Utilisez l’une de ces valeurs : {options}.',
  configNotAnOrigin:
    '« {value} » n’est pas une origine : indiquez seulement le schéma, l’hôte et le port, comme https://images.example.com.',
  configColor:
    'Ce n’est pas une couleur CSS que ce navigateur comprend ; essayez une valeur hexadécimale comme #2563eb.',
  or: '{a} ou {b}',
} satisfies OwnerWords;
