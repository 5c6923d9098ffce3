/**
 * Boot: the counter offers the "Points" tender from here on (at branches where the loyalty plugin
 * is on), and the receipt prints the points lines. Registering is all the import does.
 */
import "../../../tender/points-tender"

export default async function registerLoyaltyTender() {}
