export { checkAccess, plan, MAX_IN_FLIGHT, ENTITY_SET_NAME, type ServiceToCheck } from './access-check';
export { AccessCheckService, servicesOf, checkEntitySets, MAX_ENTITY_SETS } from './access-check-service';
