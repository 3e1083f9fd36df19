import base from '@govtrust/eslint-config/base';

export default base;
