import type { SiteAdapter } from '../../core/schemas/site-adapter';

// Odoo 17 res.partner form: every value sits in an <input> of div.o_field_widget[name=...].
export const odoo17Adapter: SiteAdapter = {
  id: 'odoo17',
  name: 'Odoo 17',
  urlPatterns: ['*://*/web#*model=res.partner*', '*://*/odoo/contacts/*', '*://*/odoo/action-*res.partner*'],
  detect: ['.o_web_client .o_form_view .o_form_sheet [name=name].o_field_widget'],
  root: ['.o_form_view .o_form_sheet', '.o_form_renderer'],
  exclude: ['.o_field_x2many', '.o-mail-Chatter', '.oe_button_box'],
  dateOrder: 'mdy',
  fields: {
    name: [{ selector: '.oe_title [name=name]' }],
    company: [{ selector: '.oe_title [name=parent_id]' }, { selector: '[name=commercial_company_name]' }],
    phone: [{ selector: '.o_field_widget[name=phone]' }],
    mobile: [{ selector: '.o_field_widget[name=mobile]' }],
    email: [{ selector: '.o_field_widget[name=email]' }],
    address: [{ selector: '.o_address_format .o_field_widget', all: true, join: ', ' }],
    owner: [{ selector: '.o_field_widget[name=user_id]' }],
  },
};
