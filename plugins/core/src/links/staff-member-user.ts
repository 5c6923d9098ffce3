import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import StaffModule from "../modules/staff"

// Read-only: staff rows carry user_id, so `query.graph` can join the user's name and e-mail.
export default defineLink({ linkable: StaffModule.linkable.staffMember, field: "user_id" }, UserModule.linkable.user, {
  readOnly: true,
})
