/**
 * First names and Dutch places that the grouper masks before shingling: a template copied under
 * another name or city is still the same template. Lower-case. Extend freely; a longer list only
 * masks more.
 */
export const MASKED_NAMES = new Set(
  (
    'lisa sanne eva anna nina mila sophie julia emma lotte noa fleur iris roos tess jade lina zoe zoë femke isa maud naomi vera esmee ' +
    'amber bo demi kim yara luna elena daria irina bianca ilse marit nadia olga petra rosa sara sarah laura lieke anouk britt ' +
    'chantal denise evi fenna floor hanna jasmijn jessica kelly lara linda lynn maria marina maya melissa mirjam monique nicole ' +
    'nora patricia rachel romy sabrina sandra selena sofia stephanie suzanne tamara tanja valerie vanessa victoria wendy yasmin ' +
    'alina anastasia andreea ana ioana larisa natasha svetlana tatiana viktoria katya kasia magda monika agnieszka adriana alexandra ' +
    'carmen cristina diana gabriela isabella lucia mariana valentina'
  ).split(' '),
);

export const MASKED_PLACES = new Set(
  (
    'amsterdam rotterdam utrecht den haag eindhoven groningen tilburg almere breda nijmegen arnhem zwolle leeuwarden maastricht ' +
    'haag enschede apeldoorn haarlem amersfoort deventer delft leiden dordrecht zoetermeer emmen venlo heerlen hilversum alkmaar ' +
    'assen helmond oss roosendaal schiedam hoofddorp purmerend zaandam gouda middelburg vlissingen lelystad sittard weert'
  ).split(' '),
);
