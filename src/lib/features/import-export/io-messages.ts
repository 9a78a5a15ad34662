/** The owner's words for import fields, problems and choices. */
import type { ReportEntry } from '$lib/domain/io-accounting';
import type { OpenFailure } from './import-protocol';
import type { ImportKind, MappingProblem } from '$lib/domain/io-mapping';
import type { Delimiter, TextEncodingName } from '$lib/domain/io-text';
import type { DateOrder, DecimalMark } from '$lib/domain/io-values';
import { m } from '$lib/paraglide/messages';

export function fieldLabel(field: ReportEntry['field']): string {
	switch (field) {
		case 'line':
			return m.io_field_line();
		case 'ignore':
			return m.io_field_ignore();
		case 'externalId':
			return m.io_field_external_id();
		case 'fullName':
		case 'name':
			return m.io_field_full_name();
		case 'firstName':
			return m.io_field_first_name();
		case 'lastName':
			return m.io_field_last_name();
		case 'salutation':
			return m.io_field_salutation();
		case 'email':
			return m.io_field_email();
		case 'phone':
			return m.io_field_phone();
		case 'street':
			return m.io_field_street();
		case 'postalCode':
			return m.io_field_postal_code();
		case 'city':
			return m.io_field_city();
		case 'country':
			return m.io_field_country();
		case 'birthday':
			return m.io_field_birthday();
		case 'tags':
			return m.io_field_tags();
		case 'notes':
			return m.io_field_notes();
		case 'consent':
			return m.io_field_consent();
		case 'saleRef':
			return m.io_field_sale_ref();
		case 'saleDate':
			return m.io_field_sale_date();
		case 'amount':
			return m.io_field_amount();
		case 'category':
			return m.io_field_category();
	}
}

export function rowErrorText(code: ReportEntry['code']): string {
	switch (code) {
		case 'quote-broken':
			return m.io_error_quote_broken();
		case 'cells-more':
			return m.io_error_cells_more();
		case 'cells-fewer':
			return m.io_error_cells_fewer();
		case 'already-imported':
			return m.io_error_already_imported();
		case 'amount-decimal-mark':
			return m.io_error_amount_decimal_mark();
		case 'name-required':
			return m.io_error_name_required();
		case 'too-long':
			return m.io_error_too_long();
		case 'email-invalid':
			return m.io_error_email_invalid();
		case 'phone-invalid':
			return m.io_error_phone_invalid();
		case 'birthday-invalid':
		case 'birthday-future':
		case 'birthday-too-old':
			return m.io_error_birthday_invalid();
		case 'date-missing':
			return m.io_error_date_missing();
		case 'date-invalid':
			return m.io_error_date_invalid();
		case 'amount-missing':
			return m.io_error_amount_missing();
		case 'amount-invalid':
			return m.io_error_amount_invalid();
		case 'amount-refund':
			return m.io_error_amount_refund();
		case 'amount-zero':
			return m.io_error_amount_zero();
		case 'amount-too-large':
			return m.io_error_amount_too_large();
		case 'customer-missing':
			return m.io_error_customer_missing();
		case 'ref-repeated':
			return m.io_error_ref_repeated();
	}
}

export function kindLabel(kind: ImportKind): string {
	switch (kind) {
		case 'customers':
			return m.io_kind_customers();
		case 'customers-with-sales':
			return m.io_kind_customers_with_sales();
		case 'sales':
			return m.io_kind_sales();
	}
}

export function csvFailureText(failure: OpenFailure): string {
	switch (failure) {
		case 'encrypted':
			return m.io_failure_encrypted();
		case 'legacy-xls':
			return m.io_failure_legacy_xls();
		case 'not-spreadsheet':
			return m.io_failure_not_spreadsheet();
		case 'corrupt':
			return m.io_failure_corrupt();
		case 'too-large':
			return m.io_failure_too_large();
		case 'sheet-empty':
			return m.io_failure_sheet_empty();
		case 'unreadable':
			return m.io_failure_unreadable();
		case 'empty':
			return m.io_failure_empty();
		case 'binary':
			return m.io_failure_binary();
		case 'no-rows':
			return m.io_failure_no_rows();
	}
}

export function mappingProblemText(problem: MappingProblem): string {
	switch (problem) {
		case 'no-name':
			return m.io_problem_no_name();
		case 'no-amount':
			return m.io_problem_no_amount();
		case 'no-date':
			return m.io_problem_no_date();
		case 'no-customer-ref':
			return m.io_problem_no_customer_ref();
		case 'duplicate-field':
			return m.io_problem_duplicate_field();
	}
}

export function delimiterLabel(delimiter: Delimiter): string {
	switch (delimiter) {
		case ',':
			return m.io_delimiter_comma();
		case ';':
			return m.io_delimiter_semicolon();
		case '\t':
			return m.io_delimiter_tab();
		case '|':
			return m.io_delimiter_pipe();
	}
}

export function encodingLabel(encoding: TextEncodingName): string {
	switch (encoding) {
		case 'utf-8':
			return m.io_encoding_utf8();
		case 'windows-1252':
			return m.io_encoding_1252();
		case 'windows-1255':
			return m.io_encoding_1255();
		case 'windows-1251':
			return m.io_encoding_1251();
		case 'windows-1253':
			return m.io_encoding_1253();
		case 'iso-8859-8':
			return m.io_encoding_iso_8859_8();
		case 'koi8-r':
			return m.io_encoding_koi8r();
		case 'utf-16le':
			return m.io_encoding_utf16();
	}
}

export function dateOrderLabel(order: DateOrder): string {
	switch (order) {
		case 'dmy':
			return m.io_date_dmy();
		case 'mdy':
			return m.io_date_mdy();
		case 'ymd':
			return m.io_date_ymd();
	}
}

export function decimalMarkLabel(mark: DecimalMark): string {
	return mark === ',' ? m.io_decimal_comma() : m.io_decimal_point();
}
