// Migration 3: what port orders need beyond migration 1's table — the numbers of the order (kept after a cancel),
// the inventory type, when the order was last submitted (edits of Error/Cancelled orders resubmit it) and when it
// completed; and the indexes for listing a tenant's orders and for the settle step's "any order due?" check.
import type { Migration } from './index.js';

export const migration003: Migration = {
  version: 3,
  name: 'port orders: numbers, inventory type, submitted/completed instants, indexes',
  up: `
    ALTER TABLE port_orders ADD COLUMN telephone_numbers TEXT NOT NULL DEFAULT '';
    ALTER TABLE port_orders ADD COLUMN inventory_type TEXT NOT NULL DEFAULT 'Subscriber';
    ALTER TABLE port_orders ADD COLUMN submitted_at TEXT;
    ALTER TABLE port_orders ADD COLUMN completed_at TEXT;
    ALTER TABLE port_orders ADD COLUMN updated_at TEXT;
    UPDATE port_orders SET submitted_at = created_at WHERE submitted_at IS NULL;
    CREATE INDEX port_orders_tenant ON port_orders(tenant_id, created_at);
    -- Orders that may still complete: the settle step asks this index whether any is due, before every command.
    CREATE INDEX port_orders_due ON port_orders(transfer_at)
      WHERE completed_at IS NULL AND cancelled_at IS NULL AND error_message IS NULL;
  `,
};
