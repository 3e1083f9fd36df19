import react from '@govtrust/eslint-config/react';

export default react;
